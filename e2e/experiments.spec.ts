import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  addToCartBarPosition,
  captureExposurePosts,
  exposedVisitors,
  exposureChecks,
  expectVisitorId,
  GOOGLEBOT,
  HERO_HEADLINES,
  homeHeroVariant,
  htmlVariants,
  isExposurePost,
  pageVariants,
  plusOne,
  visitorContext,
  watchExposureChecks,
} from './support/experiments';
import { listProducts } from './support/services';
import { stack } from './support/stack';

/**
 * A/B experiments end to end: the proxy's assignment (one `vid` cookie, a stable variant, QA
 * overrides, crawlers left out), the per-variant ISR pages, the exposure beacon and what the
 * events service counts, and the collector's answers to bad input. Each visitor is a browser
 * context of its own; each test posts from a client address of its own (203.0.113.x).
 */

/** A popular product with sizes, prerendered at build time. */
async function productPath(request: APIRequestContext): Promise<string> {
  const [product] = await listProducts(
    request,
    'category=c003&sort=popular&limit=1&locale=en-US&currency=USD',
  );
  return `/en-US/p/${product!.slug}`;
}

test('a visitor keeps one variant across reloads, locales and pages, with one httpOnly cookie', async ({
  browser,
  request,
}) => {
  const product = await productPath(request);
  const context = await visitorContext(browser, '203.0.113.1');
  const page = await context.newPage();

  expect((await page.goto('/en-US'))?.status()).toBe(200);
  const variant = await homeHeroVariant(page);
  const cookies = await context.cookies();
  expect(cookies.map((cookie) => cookie.name)).toEqual(['vid']);
  expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  expectVisitorId(cookies[0]!.value);

  await page.reload();
  expect(await homeHeroVariant(page)).toBe(variant);
  await page.goto('/de-DE');
  expect((await pageVariants(page))?.['home-hero']).toBe(variant);
  await page.goto('/en-US');
  expect(await homeHeroVariant(page)).toBe(variant);
  await page.goto(product);
  // A desktop visitor is not in the phones-only product experiment: no meta at all.
  expect(await pageVariants(page)).toBeNull();
  await page.goto('/en-US');
  expect(await homeHeroVariant(page)).toBe(variant);

  expect(await context.cookies()).toEqual(cookies);
  await context.close();
});

test('?exp= forces a variant (hero copy, sticky bar on phones) until ?exp= clears it; a malformed one changes nothing', async ({
  browser,
  request,
}) => {
  const desktop = await visitorContext(browser, '203.0.113.2');
  const page = await desktop.newPage();
  const hasOverride = async () =>
    (await desktop.cookies()).some((cookie) => cookie.name === 'exp_override');

  await page.goto('/en-US');
  const assigned = await homeHeroVariant(page);

  await page.goto('/en-US?exp=home-hero:best-sellers');
  await expect(page.locator('main h1')).toHaveText(HERO_HEADLINES['best-sellers']!);
  expect(await pageVariants(page)).toEqual({ 'home-hero': 'best-sellers' });
  expect(await hasOverride()).toBe(true);
  // Kept in a cookie for the following pages.
  await page.goto('/en-US');
  await expect(page.locator('main h1')).toHaveText(HERO_HEADLINES['best-sellers']!);

  await page.goto('/en-US?exp=home-hero:brand');
  await expect(page.locator('main h1')).toHaveText(HERO_HEADLINES.brand!);
  expect(await pageVariants(page)).toEqual({ 'home-hero': 'brand' });

  await page.goto('/en-US?exp=');
  expect(await homeHeroVariant(page)).toBe(assigned);
  expect(await hasOverride()).toBe(false);

  const malformed = await page.goto('/en-US?exp=home-hero:nope,zzz');
  expect(malformed?.status()).toBe(200);
  expect(await homeHeroVariant(page)).toBe(assigned);
  expect(await hasOverride()).toBe(false);
  await desktop.close();

  const product = await productPath(request);
  const phone = await visitorContext(browser, '203.0.113.2', { phone: true });
  const phonePage = await phone.newPage();
  await phonePage.goto(product);
  const phoneAssigned = (await pageVariants(phonePage))?.['pdp-add-to-cart'];
  expect(['inline', 'sticky']).toContain(phoneAssigned);

  await phonePage.goto(`${product}?exp=pdp-add-to-cart:sticky`);
  expect(await pageVariants(phonePage)).toEqual({ 'pdp-add-to-cart': 'sticky' });
  expect(await addToCartBarPosition(phonePage)).toBe('fixed');
  await expect(
    phonePage.locator('main').getByRole('button', { name: 'Add to cart' }),
  ).toBeInViewport();

  await phonePage.goto(`${product}?exp=pdp-add-to-cart:inline`);
  expect(await pageVariants(phonePage)).toEqual({ 'pdp-add-to-cart': 'inline' });
  expect(await addToCartBarPosition(phonePage)).not.toBe('fixed');

  await phonePage.goto(`${product}?exp=`);
  expect(await pageVariants(phonePage)).toEqual({ 'pdp-add-to-cart': phoneAssigned });
  expect(await addToCartBarPosition(phonePage)).toBe(
    phoneAssigned === 'sticky' ? 'fixed' : 'static',
  );
  await phone.close();
});

test('the page of a variant is served from the ISR cache', async ({ request }) => {
  const cookie = `vid=${randomUUID()}`;
  for (const path of ['/en-US', await productPath(request)]) {
    const first = await request.get(path, { headers: { cookie } });
    expect(first.status(), path).toBe(200);
    expect(first.headers()['set-cookie'], path).toBeUndefined();
    const second = await request.get(path, { headers: { cookie } });
    expect(second.status(), path).toBe(200);
    expect(second.headers()['x-nextjs-cache'], path).toBe('HIT');
    expect(second.headers()['set-cookie'], path).toBeUndefined();
    expect(htmlVariants(await second.text()), path).toEqual(htmlVariants(await first.text()));
  }
});

test('an exposure is posted once per session and counted once; a QA override posts but is not counted', async ({
  browser,
  request,
}) => {
  const before = await exposedVisitors(request, 'home-hero');

  // QA: the override's exposure is answered like any other and dropped.
  const qa = await visitorContext(browser, '203.0.113.4');
  const qaPage = await qa.newPage();
  const qaPosted = qaPage.waitForResponse((response) => isExposurePost(response.request()));
  await qaPage.goto('/en-US?exp=home-hero:best-sellers');
  const qaResponse = await qaPosted;
  expect(qaResponse.status()).toBe(204);
  expect(qaResponse.request().postDataJSON()).toEqual({
    type: 'exposure',
    experiment: 'home-hero',
    variant: 'best-sellers',
    locale: 'en-US',
  });
  await qa.close();
  expect(await exposedVisitors(request, 'home-hero')).toEqual(before);

  const context = await visitorContext(browser, '203.0.113.4');
  await watchExposureChecks(context);
  const posts = captureExposurePosts(context);
  const page = await context.newPage();
  const posted = page.waitForResponse((response) => isExposurePost(response.request()));
  await page.goto('/en-US');
  const variant = await homeHeroVariant(page);
  const response = await posted;
  expect(response.status()).toBe(204);
  expect(response.request().postDataJSON()).toEqual({
    type: 'exposure',
    experiment: 'home-hero',
    variant,
    locale: 'en-US',
  });
  // Forwarded to the events service after the response. The QA visitor's exposure, had it been
  // forwarded, was sent before this one.
  const counted = plusOne(before, variant);
  await expect.poll(() => exposedVisitors(request, 'home-hero')).toEqual(counted);

  // Reload: the page checks the session and sends nothing.
  await page.reload();
  await expect
    .poll(async () => (await exposureChecks(page)).checks)
    .toContain('exposure:home-hero');
  expect((await exposureChecks(page)).beacons).toBe(0);

  // Away and home again in the same tab through the header's link (a client-side navigation).
  await page.goto('/en-US/cart');
  await page.getByRole('link', { name: 'Northwind Supply home' }).click();
  await expect(page).toHaveURL(/\/en-US$/);
  // The page may render more than once on a client navigation; what counts is that none posts.
  await expect
    .poll(async () => (await exposureChecks(page)).checks)
    .toContain('exposure:home-hero');
  expect((await exposureChecks(page)).beacons).toBe(0);
  expect(await homeHeroVariant(page)).toBe(variant);

  expect(posts).toHaveLength(1);
  expect(await exposedVisitors(request, 'home-hero')).toEqual(counted);
  await context.close();
});

test('crawlers get the plain page: control copy, no cookie, no experiments meta', async ({
  browser,
  request,
}) => {
  const response = await request.get('/en-US', { headers: { 'user-agent': GOOGLEBOT } });
  expect(response.status()).toBe(200);
  expect(response.headers()['set-cookie']).toBeUndefined();
  const html = await response.text();
  expect(html).toContain(HERO_HEADLINES.brand);
  expect(html).not.toContain(HERO_HEADLINES['best-sellers']);
  expect(htmlVariants(html)).toBeNull();

  const context = await visitorContext(browser, '203.0.113.5', { userAgent: GOOGLEBOT });
  const posts = captureExposurePosts(context);
  const page = await context.newPage();
  await page.goto('/en-US');
  await expect(page.locator('main h1')).toHaveText(HERO_HEADLINES.brand!);
  expect(await pageVariants(page)).toBeNull();
  expect(await context.cookies()).toEqual([]);
  expect(posts).toEqual([]);
  await context.close();
});

test('bad input: variant paths are 404, a tampered cookie is replaced, bad events get a 4xx and count nothing', async ({
  playwright,
  request,
}) => {
  const product = await productPath(request);
  for (const path of ['/en-US/variants/anything', `${product}/variants/anything`])
    expect((await request.get(path)).status(), path).toBe(404);

  // A fresh client, so no cookie of the request fixture's jar rides along.
  const tampered = await playwright.request.newContext({ baseURL: stack.storefrontUrl });
  const page = await tampered.get('/en-US', { headers: { cookie: 'vid=<script>' } });
  expect(page.status()).toBe(200);
  const setCookie = page.headers()['set-cookie'] ?? '';
  expect(setCookie).toMatch(/HttpOnly/i);
  expectVisitorId(/(?:^|\n)vid=([^;]*)/.exec(setCookie)?.[1]);
  expect(htmlVariants(await page.text())?.['home-hero']).toMatch(/^(brand|best-sellers)$/);
  await tampered.dispose();

  // A visitor with a valid cookie, whose assignment the page tells: every bad event would count if accepted.
  const cookie = `vid=${randomUUID()}`;
  const assigned = htmlVariants(
    await (await request.get('/en-US', { headers: { cookie } })).text(),
  )?.['home-hero'];
  expect(assigned).toMatch(/^(brand|best-sellers)$/);
  const other = assigned === 'brand' ? 'best-sellers' : 'brand';
  const event = (fields: Record<string, unknown> = {}) =>
    JSON.stringify({
      type: 'exposure',
      experiment: 'home-hero',
      variant: assigned,
      locale: 'en-US',
      ...fields,
    });
  const post = (body: string, headers: Record<string, string> = {}) =>
    request.post('/api/events', {
      data: body,
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        'x-forwarded-for': '203.0.113.6',
        cookie,
        ...headers,
      },
    });

  const before = await exposedVisitors(request, 'home-hero');
  const cases: [string, string, number, Record<string, string>?][] = [
    ['malformed JSON', '{"type":"exposure",', 400],
    ['an unknown experiment', event({ experiment: 'no-such-test' }), 400],
    ['an unknown variant', event({ variant: 'nope' }), 400],
    ['a variant this visitor is not assigned', event({ variant: other }), 409],
    ['a 1 MB body', event({ padding: 'x'.repeat(1024 * 1024) }), 413],
    ['a form post', event(), 415, { 'content-type': 'application/x-www-form-urlencoded' }],
    ['a cross-site post (Sec-Fetch-Site)', event(), 403, { 'sec-fetch-site': 'cross-site' }],
    ['a cross-site post (Origin)', event(), 403, { origin: 'https://evil.example' }],
  ];
  for (const [name, body, status, headers] of cases) {
    const response = await post(body, headers);
    expect(response.status(), `${name}: ${await response.text()}`).toBe(status);
  }
  expect(await exposedVisitors(request, 'home-hero')).toEqual(before);

  // The same visitor's true exposure counts: the cases above were refused for what they are.
  expect((await post(event())).status()).toBe(204);
  await expect
    .poll(() => exposedVisitors(request, 'home-hero'))
    .toEqual(plusOne(before, assigned!));
});
