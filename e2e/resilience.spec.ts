import { expect, test, type APIRequestContext } from '@playwright/test';
import { addToCartAndOpenDrawer, openProductWithSizes } from './support/cart';
import { admin, listProducts, setFaults } from './support/services';
import { productEvent, signedHeaders } from './support/webhook';
import { stack } from './support/stack';

/**
 * After a fault the storefront's circuit breakers may still be open for a few seconds; live
 * stock reads the catalog and inventory, so its first 200 means both were probed and closed.
 */
async function recovered(request: APIRequestContext) {
  await setFaults(request, 'none');
  await expect
    .poll(async () => (await request.get('/api/live/p000001?locale=en-US')).status(), {
      timeout: 20_000,
    })
    .toBe(200);
}

test.afterEach(async ({ request }) => recovered(request));

/** The storefront's breaker for a service, as /api/metrics reports it: 0 closed, 1 half-open, 2 open. */
async function breakerState(request: APIRequestContext, service: string) {
  const metrics = await request.get('/api/metrics', {
    headers: { authorization: `Bearer ${stack.metricsToken}` },
  });
  const line = new RegExp(`storefront_service_breaker_state\\{service="${service}"\\} (\\d)`);
  return Number(line.exec(await metrics.text())?.[1] ?? -1);
}

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

test('with the catalog hung, a page never rendered is a readable 503 at once, and the catalog breaker opens and closes', async ({
  request,
}) => {
  const products = await listProducts(request, 'sort=price_asc&limit=40&locale=en-US&currency=USD');
  // Pages never rendered yet, one per request from here on: a cached page would ask nothing.
  const fresh = products.slice(8).values();
  await setFaults(request, 'none', 30_000);
  // Each answer comes long before the catalog's 30 s: the read's deadline, then the open breaker.
  const first = await request.get(`/en-US/p/${products[0]!.slug}`, { timeout: 10_000 });
  expect(first.status()).toBe(503);
  expect(first.headers()['retry-after']).toBe('10');
  expect(first.headers()['cache-control']).toBe('no-store');
  const html = await first.text();
  expect(html).toContain('<h1>Something went wrong</h1>');
  expect(html).not.toContain('<script');
  for (const product of products.slice(1, 8)) {
    if ((await breakerState(request, 'catalog')) === 2) break;
    expect((await request.get(`/en-US/p/${product.slug}`, { timeout: 10_000 })).status()).toBe(503);
  }
  expect(await breakerState(request, 'catalog')).toBe(2);
  const ops = await request.get('/ops/services', {
    headers: { authorization: `Bearer ${stack.opsToken}` },
  });
  expect(await ops.text()).toMatch(/>catalog<\/th><td[^>]*>open</);
  const german = await request.get(`/de-DE/p/${products[7]!.slug}`, { timeout: 10_000 });
  expect(german.status()).toBe(503);
  expect(await german.text()).toContain('Etwas ist schiefgelaufen');

  // Once the catalog answers, pages render again; the breaker closes at its first probe (after
  // five seconds open), which the next new page's read makes.
  await setFaults(request, 'none');
  await expect
    .poll(async () => (await request.get(`/en-US/p/${products[0]!.slug}`)).status(), {
      timeout: 20_000,
    })
    .toBe(200);
  await expect
    .poll(
      async () => {
        await request.get(`/en-US/p/${fresh.next().value!.slug}`);
        return breakerState(request, 'catalog');
      },
      { timeout: 20_000 },
    )
    .toBe(0);
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

test('a webhook during a catalog outage keeps the last good page, and once the catalog is back the next change shows at once', async ({
  request,
}) => {
  const products = await listProducts(
    request,
    'sort=price_desc&limit=12&locale=en-US&currency=USD',
  );
  const product = products[11]!;
  const path = `/en-US/p/${product.slug}`;
  await request.get(path);
  expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT');

  await setFaults(request, 'none', 30_000);
  const body = productEvent(product.id);
  const webhook = await request.post('/api/revalidate', {
    data: Buffer.from(body),
    headers: signedHeaders(body),
  });
  expect(webhook.status()).toBe(200);
  // The first request tries to render (bounded by the read deadline) and falls back on the last
  // good copy, marked; the next ones are that copy, straight from the cache.
  const first = await request.get(path, { timeout: 10_000 });
  expect(first.status()).toBe(200);
  expect(first.headers()['x-storefront-stale']).toBe('if-error');
  // The copy keeps its own policy, the hashes of its scripts, not this request's nonce.
  expect(first.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
  expect(await first.text()).toContain(product.name);
  for (let round = 0; round < 3; round += 1) {
    const again = await request.get(path, { timeout: 10_000 });
    expect(again.status()).toBe(200);
    expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  }

  await recovered(request);
  const newAmount = product.price.amount + 777;
  const change = await admin(request, 'PATCH', `/products/${product.id}`, {
    prices: { USD: newAmount },
  });
  expect(change.webhook).toMatchObject({ delivered: true, status: 200 });
  const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
    newAmount / 100,
  );
  expect(await (await request.get(path)).text()).toContain(price);
});

test("with the services down, the cart and checkout pages say so in the shopper's language, as a 503", async ({
  page,
  request,
}) => {
  await openProductWithSizes(page, request);
  await addToCartAndOpenDrawer(page);
  await setFaults(request, 'down');
  for (const [path, words] of [
    ['/en-US/cart', 'The cart is unavailable right now.'],
    ['/de-DE/cart', 'Der Warenkorb ist gerade nicht verfügbar.'],
    ['/en-US/checkout/contact', 'Checkout is unavailable right now.'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(503);
    expect(response?.headers()['retry-after'], path).toBe('10');
    expect(response?.headers()['cache-control'], path).toBe('no-store');
    await expect(page.getByRole('alert').filter({ hasText: words })).toBeVisible();
  }
});
