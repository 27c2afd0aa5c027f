import { expect, test, type APIRequestContext } from '@playwright/test';
import { clusterStack, clusterUnavailable } from '../support/cluster-stack';
import { addToCartAndOpenDrawer, openProduct } from '../support/cart';
import { GOOGLEBOT } from '../support/experiments';
import { admin, listProducts, type ListedProduct } from '../support/services';
import { originRequests, PHONE, tierGet, visitorIdOf } from '../support/tier';

test.skip(Boolean(clusterUnavailable), clusterUnavailable);

/**
 * The cache tier (Varnish, deploy/varnish/default.vcl) in front of the cluster, as shoppers and
 * crawlers reach it: pages shared by everybody, pages under experiment shared per variant (first
 * visits included), personal pages never kept, and the webhook's expiry reaching the tier.
 * Pages go stale at the tier after 3 s here (EDGE_MAX_TTL, playwright.cluster.config.ts), so a
 * HIT is asked for right after the request that filled the tier.
 */
const { servicesUrl } = clusterStack;

async function products(request: APIRequestContext): Promise<ListedProduct[]> {
  const query = 'sort=popular&limit=100&locale=en-US&currency=USD';
  return listProducts(request, query, servicesUrl);
}

const usd = (cents: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

test('a first visit to a page without experiments is the copy everybody gets: no cookie, s-maxage, Age', async () => {
  const first = await tierGet('/fr-FR/c/women');
  const second = await tierGet('/fr-FR/c/women');
  expect(first.status).toBe(200);
  for (const answer of [first, second]) {
    expect(answer.setCookies).toEqual([]);
    expect(answer.cacheControl).toMatch(/s-maxage=\d+/);
    expect(Number(answer.age)).toBeGreaterThanOrEqual(0);
  }
  expect(second.cache).toBe('HIT');
  expect(second.body).toBe(first.body);
});

test('a search page is shared for its minute: one copy per query, whoever asks, with or without a cart', async () => {
  // Another query than any other test asks, so the first answer is the tier's miss.
  const path = `/de-DE/search?q=leinen&sort=newest`;
  const first = await tierGet(path);
  const again = await tierGet(path, {
    cookie: 'cart=someone-else; vid=00000000-0000-4000-8000-000000000000',
  });
  expect(first.status).toBe(200);
  expect(first.cache).toBe('MISS');
  expect(first.cacheControl).toMatch(/^public, s-maxage=60, stale-while-revalidate=60$/);
  expect(first.setCookies).toEqual([]);
  expect(again.cache).toBe('HIT');
  expect(again.body).toBe(first.body);
  // The same words in another order of parameters are the same copy (the tier sorts the query).
  expect((await tierGet(`/de-DE/search?sort=newest&q=leinen`)).cache).toBe('HIT');
  expect((await tierGet(`/de-DE/search?q=leinen`)).cache).toBe('MISS');
});

test('a page under experiment is kept once per variant, first visits included; assignment stays sticky', async () => {
  const path = '/de-DE';
  const firstVisits = [];
  for (let visitor = 0; visitor < 8; visitor += 1) firstVisits.push(await tierGet(path));
  const renders = new Map<string, number>();
  for (const visit of firstVisits) {
    expect(visit.status).toBe(200);
    expect(visitorIdOf(visit), 'a first visit gets its id').toBeDefined();
    const variant = visit.variants?.['home-hero'];
    expect(variant, 'every visitor is in a variant of home-hero').toBeDefined();
    if (visit.cache === 'MISS') renders.set(variant!, (renders.get(variant!) ?? 0) + 1);
  }
  // One origin render per variant at most: the others are the variant's shared copy.
  for (const [variant, count] of renders) expect(count, variant).toBe(1);
  expect(new Set(firstVisits.map(visitorIdOf)).size).toBe(8);

  for (const visit of firstVisits) {
    const again = await tierGet(path, { cookie: `vid=${visitorIdOf(visit)}` });
    expect(again.variants).toEqual(visit.variants);
    expect(again.setCookies).toEqual([]);
    expect(['HIT', 'STALE']).toContain(again.cache);
  }
});

test('crawlers share the plain page, never get a cookie, and cost the storefront nothing once kept', async () => {
  const crawler = { 'user-agent': GOOGLEBOT };
  const first = await tierGet('/ja-JP', crawler);
  const before = originRequests();
  const second = await tierGet('/ja-JP', crawler);
  for (const answer of [first, second]) {
    expect(answer.status).toBe(200);
    expect(answer.variants).toBeNull();
    expect(answer.setCookies).toEqual([]);
  }
  expect(second.cache).toBe('HIT');
  // Neither the page nor the question "which variant?" went to the storefront.
  expect(originRequests() - before).toBe(0);
});

test('personal pages, APIs and forms pass through; nothing that sets a cookie is kept', async ({
  page,
  request,
}) => {
  for (const path of [
    '/en-US/cart',
    '/en-US/checkout/information',
    '/api/live/none',
    '/ops/vitals',
  ])
    expect((await tierGet(path)).cache, path).toBe('BYPASS');
  expect((await tierGet('/en-US', {}, 'POST')).cache).toBe('BYPASS');

  // A shopper fills a cart through the tier; the next visitor's copy of the page knows nothing of it.
  const product = (await products(request))[31]!;
  const path = `/en-US/p/${product.slug}`;
  await openProduct(page, `${clusterStack.tierUrl}${path}`);
  await addToCartAndOpenDrawer(page);
  const cookies = await page.context().cookies();
  expect(cookies.map((cookie) => cookie.name)).toContain('cart');
  const next = await tierGet(path, { 'user-agent': GOOGLEBOT });
  expect(next.status).toBe(200);
  expect(next.setCookies).toEqual([]);
  expect(next.body).not.toContain(cookies.find((cookie) => cookie.name === 'cart')!.value);
});

test("an admin price change reaches the tier's HTML and RSC copies at once, through the webhook", async ({
  request,
}) => {
  const product = (await products(request))[33]!;
  const path = `/en-US/p/${product.slug}`;
  const shopper = { 'user-agent': PHONE, cookie: `vid=${crypto.randomUUID()}` };
  const rsc = { ...shopper, rsc: '1' };
  const crawler = { 'user-agent': GOOGLEBOT };
  for (const headers of [shopper, crawler]) {
    await tierGet(path, headers);
    expect((await tierGet(path, headers)).cache).toBe('HIT');
  }
  // `_rsc` hashes the router's headers; with none but `rsc` it is empty (else Next redirects).
  await tierGet(`${path}?_rsc=`, rsc);
  const before = await tierGet(`${path}?_rsc=`, rsc);
  expect(before.cache).toBe('HIT');

  const newAmount = product.price.amount + 777;
  const change = await admin(
    request,
    'PATCH',
    `/products/${product.id}`,
    { prices: { USD: newAmount } },
    servicesUrl,
  );
  expect(change.webhook).toMatchObject({ delivered: true, status: 200 });
  // The webhook answered after purging: the very next request of each copy is fetched anew.
  for (const headers of [shopper, crawler]) {
    const answer = await tierGet(path, headers);
    expect(answer.cache).toBe('MISS');
    expect(answer.body).toContain(usd(newAmount));
  }
  const payload = await tierGet(`${path}?_rsc=`, rsc);
  expect(payload.cache).toBe('MISS');
  expect(payload.body).not.toBe(before.body);
});
