import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  admin,
  counters,
  listProducts,
  resetCounters,
  type ListedProduct,
} from './support/services';
import { productEvent, signedHeaders } from './support/webhook';

/** A product outside the prerendered best sellers, so its first view renders on demand. */
async function onDemandProduct(request: APIRequestContext, offset: number): Promise<ListedProduct> {
  const products = await listProducts(request, 'sort=popular&limit=100&locale=en-US&currency=USD');
  return products[offset]!;
}

async function viewTwice(request: APIRequestContext, path: string) {
  await request.get(path);
  return request.get(path);
}

test('a repeat product view is an ISR HIT that costs the catalog nothing', async ({ request }) => {
  const product = await onDemandProduct(request, 60);
  const path = `/en-US/p/${product.slug}`;
  const first = await request.get(path);
  expect(first.status()).toBe(200);
  expect(['MISS', 'HIT', 'STALE']).toContain(first.headers()['x-nextjs-cache']);

  await resetCounters(request);
  const second = await request.get(path);
  expect(second.headers()['x-nextjs-cache']).toBe('HIT');
  // A product page is under experiment: routed here for this visitor, so private; what a cache
  // tier fetches for a variant (x-edge-routed, docs/cdn-caching.md) carries the ISR lifetime.
  expect(second.headers()['cache-control']).toBe('private, no-cache');
  expect(second.headers()['set-cookie']).toBeUndefined();
  expect(await second.text()).toContain(product.name);
  expect((await counters(request)).services.catalog ?? 0).toBe(0);
  const forTier = await request.get(path, { headers: { 'x-edge-routed': '1' } });
  expect(forTier.headers()['cache-control']).toMatch(/^s-maxage=300, stale-while-revalidate=/);
  expect(forTier.headers()['set-cookie']).toBeUndefined();
});

test('a price change in the backend reaches the cached page through the signed webhook', async ({
  request,
}) => {
  const product = await onDemandProduct(request, 61);
  const path = `/en-US/p/${product.slug}`;
  expect((await viewTwice(request, path)).headers()['x-nextjs-cache']).toBe('HIT');

  const newAmount = product.price.amount + 1234;
  const change = await admin(request, 'PATCH', `/products/${product.id}`, {
    prices: { USD: newAmount },
  });
  expect(change.webhook).toMatchObject({ delivered: true, status: 200 });

  const after = await request.get(path);
  const newPrice = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
    newAmount / 100,
  );
  expect(await after.text()).toContain(newPrice);
});

test('the webhook expires exactly the tags its event names and says so', async ({ request }) => {
  const product = await onDemandProduct(request, 62);
  const body = productEvent(product.id, [{ type: 'collection', id: 'best-sellers' }]);
  const response = await request.post('/api/revalidate', {
    data: Buffer.from(body),
    headers: signedHeaders(body),
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    expired: [`product:${product.id}`, 'collection:best-sellers'],
  });
});

test('an unsigned or wrongly signed webhook is refused and expires nothing', async ({
  request,
}) => {
  const product = await onDemandProduct(request, 63);
  const path = `/en-US/p/${product.slug}`;
  expect((await viewTwice(request, path)).headers()['x-nextjs-cache']).toBe('HIT');

  const body = productEvent(product.id);
  const unsigned = await request.post('/api/revalidate', {
    data: Buffer.from(body),
    headers: { 'content-type': 'application/json' },
  });
  expect(unsigned.status()).toBe(401);
  const forged = await request.post('/api/revalidate', {
    data: Buffer.from(body),
    headers: signedHeaders(body, 'not-the-real-secret-000000'),
  });
  expect(forged.status()).toBe(401);
  expect((await forged.json()).error.message).toMatch(/signature/);

  await resetCounters(request);
  const after = await request.get(path);
  expect(after.headers()['x-nextjs-cache']).toBe('HIT');
  expect((await counters(request)).services.catalog ?? 0).toBe(0);
});

test('malformed webhook bodies answer 400 with a reason', async ({ request }) => {
  for (const body of [
    'not json',
    '{"id":"evt_1"}',
    JSON.stringify({ id: 'e', type: 'product.updated', occurredAt: 'yesterday', entities: [] }),
  ]) {
    const response = await request.post('/api/revalidate', {
      data: Buffer.from(body),
      headers: signedHeaders(body),
    });
    expect(response.status(), body).toBe(400);
    expect((await response.json()).error.message).toBeTruthy();
  }
});
