import { expect, test } from '@playwright/test';
import { listProducts, setFaults } from './support/services';

test.afterEach(async ({ request }) => setFaults(request, 'none'));

test('with the services down the cached page is still served and live stock says unavailable', async ({
  page,
  request,
}) => {
  const [product] = await listProducts(request, 'sort=popular&limit=1&locale=en-US&currency=USD');
  const path = `/en-US/p/${product!.slug}`;
  await request.get(path);

  await setFaults(request, 'down');
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product!.name);
  await expect(
    page.locator('section[aria-labelledby="availability-heading"] [aria-live="polite"]'),
  ).toContainText('Stock information is unavailable', { timeout: 15_000 });
});

test('the live stock endpoint rejects malformed input with a reason', async ({ request }) => {
  const cases = [
    ['/api/live/p000001?locale=xx-XX', 400],
    ['/api/live/p000001', 400],
    ['/api/live/DROP%20TABLE?locale=en-US', 400],
    ['/api/live/p999999?locale=en-US', 404],
  ] as const;
  for (const [path, status] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect((await response.json()).error.message, path).toBeTruthy();
  }
});

test('live stock answers fresh per-variant data that a CDN may keep for 10 s', async ({
  request,
}) => {
  const response = await request.get('/api/live/p000001?locale=de-DE');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('public, max-age=10, s-maxage=10');
  const body = await response.json();
  expect(body.variants.length).toBeGreaterThan(0);
  expect(body.variants[0].price.currency).toBe('EUR');
});

test('every response carries the security headers', async ({ request }) => {
  const response = await request.get('/en-US');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();
});
