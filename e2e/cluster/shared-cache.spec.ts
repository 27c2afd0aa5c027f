import { expect, test, type APIRequestContext } from '@playwright/test';
import { clusterStack, clusterUnavailable } from '../support/cluster-stack';
import {
  admin,
  counters,
  listProducts,
  resetCounters,
  type ListedProduct,
} from '../support/services';

test.skip(Boolean(clusterUnavailable), clusterUnavailable);

/**
 * Three instances behind haproxy, one Redis: a page rendered on one instance is a HIT on the
 * others, the signed webhook that reaches one of them reaches all, and a page costs the catalog
 * one render per cluster, not one per instance. Each instance is also asked directly.
 */
const { balancerUrl, instanceUrls, servicesUrl } = clusterStack;

/** Products outside the prerendered best sellers: their first view renders on demand. */
async function onDemandProducts(request: APIRequestContext): Promise<ListedProduct[]> {
  const query = 'sort=popular&limit=100&locale=en-US&currency=USD';
  return (await listProducts(request, query, servicesUrl)).slice(60);
}

const usd = (cents: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

async function catalogCalls(request: APIRequestContext): Promise<number> {
  return (await counters(request, servicesUrl)).services.catalog ?? 0;
}

test('a page rendered on one instance is a HIT on the others', async ({ request }) => {
  const [product] = await onDemandProducts(request);
  const path = `/en-US/p/${product!.slug}`;
  const first = await request.get(`${instanceUrls[0]}${path}`);
  expect(first.status()).toBe(200);
  await resetCounters(request, servicesUrl);
  for (const url of instanceUrls.slice(1)) {
    const response = await request.get(`${url}${path}`);
    expect(response.headers()['x-nextjs-cache'], url).toBe('HIT');
    expect(await response.text()).toContain(product!.name);
  }
  expect(await catalogCalls(request)).toBe(0);
});

test('a prerendered page is a HIT on every instance, from the shared cache', async ({
  request,
}) => {
  const [bestSeller] = await listProducts(
    request,
    'sort=popular&limit=1&locale=en-US&currency=USD',
    servicesUrl,
  );
  for (const url of instanceUrls) {
    const response = await request.get(`${url}/en-US/p/${bestSeller!.slug}`);
    expect(response.headers()['x-nextjs-cache'], url).toBe('HIT');
  }
});

test('an image optimized by one instance is a HIT on the others', async ({ request }) => {
  const [product] = (await onDemandProducts(request)).slice(6, 7) as [ListedProduct];
  const html = await (await request.get(`${instanceUrls[0]}/en-US/p/${product.slug}`)).text();
  const src = /\/_next\/image\?url=[^"\s]+/.exec(html)?.[0]?.replaceAll('&amp;', '&');
  expect(src, 'the page has an optimized image').toBeDefined();
  const accept = { accept: 'image/avif,image/webp,*/*' };
  const first = await request.get(`${instanceUrls[0]}${src}`, { headers: accept });
  expect(first.status()).toBe(200);
  for (const url of instanceUrls.slice(1)) {
    const response = await request.get(`${url}${src}`, { headers: accept });
    expect(response.headers()['x-nextjs-cache'], url).toBe('HIT');
    expect((await response.body()).equals(await first.body()), url).toBe(true);
  }
});

test('a price change announced to one instance is served by every instance on its next request, and only that product expires', async ({
  request,
}) => {
  const [changed, untouched] = (await onDemandProducts(request)).slice(1, 3) as [
    ListedProduct,
    ListedProduct,
  ];
  const paths = [changed, untouched].map((product) => `/en-US/p/${product.slug}`);
  for (const url of instanceUrls) for (const path of paths) await request.get(`${url}${path}`);

  const newAmount = changed.price.amount + 4321;
  // The backend announces the change through the balancer: one instance gets the webhook.
  const change = await admin(
    request,
    'PATCH',
    `/products/${changed.id}`,
    { prices: { USD: newAmount } },
    servicesUrl,
  );
  expect(change.webhook).toMatchObject({ delivered: true, status: 200 });

  for (const url of instanceUrls) {
    expect(await (await request.get(`${url}${paths[0]}`)).text(), url).toContain(usd(newAmount));
    const other = await request.get(`${url}${paths[1]}`);
    expect(other.headers()['x-nextjs-cache'], `${url} keeps the other product cached`).toBe('HIT');
  }
});

/** Catalog reads of the burst, by kind: the product itself and product lists (related). */
async function catalogReads(request: APIRequestContext) {
  const { routes } = await counters(request, servicesUrl);
  return {
    product: routes['GET /catalog/products/{idOrSlug}'] ?? 0,
    lists: routes['GET /catalog/products'] ?? 0,
  };
}

const spread = (count: number, path: string) =>
  Array.from({ length: count }, (_, index) =>
    // Every instance directly, and the balancer too.
    index % 4 === 3 ? `${balancerUrl}${path}` : `${instanceUrls[index % 3]}${path}`,
  );

test('a page nobody has rendered costs one render across the cluster, however many ask at once', async ({
  request,
}) => {
  const [product] = (await onDemandProducts(request)).slice(3, 4) as [ListedProduct];
  await resetCounters(request, servicesUrl);
  const responses = await Promise.all(
    spread(60, `/en-US/p/${product.slug}`).map((url) => request.get(url)),
  );
  expect(responses.map((response) => response.status())).toEqual(Array(60).fill(200));
  // One render: the product read once, its related list at most once (it may be cached).
  const reads = await catalogReads(request);
  expect(reads.product).toBe(1);
  expect(reads.lists).toBeLessThanOrEqual(1);
});

test('a page the webhook expired, asked 200 times at once across the cluster, regenerates once', async ({
  request,
}) => {
  const [product] = (await onDemandProducts(request)).slice(5, 6) as [ListedProduct];
  const path = `/en-US/p/${product.slug}`;
  for (const url of instanceUrls) await request.get(`${url}${path}`);

  await admin(
    request,
    'PATCH',
    `/products/${product.id}`,
    { prices: { USD: product.price.amount + 100 } },
    servicesUrl,
  );
  await resetCounters(request, servicesUrl);
  const responses = await Promise.all(spread(200, path).map((url) => request.get(url)));
  expect(responses.every((response) => response.status() === 200)).toBe(true);
  const reads = await catalogReads(request);
  expect(reads.product).toBe(1);
  expect(reads.lists).toBeLessThanOrEqual(1);
  for (const response of responses.slice(0, 3))
    expect(await response.text()).toContain(usd(product.price.amount + 100));
});
