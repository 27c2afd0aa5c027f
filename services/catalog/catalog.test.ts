import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from './generate';
import { startTestServices, type TestServices } from '../testing/test-services';

const LARGE_CATALOG = 100_000;
let services: TestServices;

beforeAll(async () => {
  const startedAt = performance.now();
  services = await startTestServices({ catalogSize: LARGE_CATALOG, catalogSeed: 7 });
  console.log(
    `started services with ${LARGE_CATALOG} products in ${Math.round(performance.now() - startedAt)} ms`,
  );
});
afterAll(() => services.close());

describe('seeded catalog', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const first = generateCatalog(7, 500);
    const again = generateCatalog(7, 500);
    const other = generateCatalog(8, 500);
    expect(again.products[0]).toEqual(first.products[0]);
    expect(again.products.at(-1)).toEqual(first.products.at(-1));
    expect(other.products.map((p) => p.slug)).not.toEqual(first.products.map((p) => p.slug));
  });

  it('serves the same products the generator produces', async () => {
    const generated = generateCatalog(7, LARGE_CATALOG);
    const last = generated.products.at(-1);
    const { status, body } = await services.request('GET', `/catalog/products/${last?.slug}`);
    expect(status).toBe(200);
    expect(body.id).toBe('p100000');
    expect(body.rank).toBe(last?.rank);
  });

  it('lists at least 30 categories in tree order with counts', async () => {
    const { body } = await services.request('GET', '/catalog/categories?locale=fr-FR');
    expect(body.items.length).toBeGreaterThanOrEqual(30);
    const roots = body.items.filter((category: { depth: number }) => category.depth === 0);
    const total = roots.reduce(
      (sum: number, root: { productCount: number }) => sum + root.productCount,
      0,
    );
    expect(total).toBe(LARGE_CATALOG);
    expect(body.items[1].parentId).toBe(body.items[0].id);
    expect(body.items[0].name).toBe('Femme');
  });

  it('pages a category with cursors all the way to its last product', async () => {
    const { body: leaf } = await services.request('GET', '/catalog/categories/womens-dresses');
    const seen = new Set<string>();
    let cursor: string | null = null;
    let previousPrice = 0;
    do {
      const query = `category=${leaf.id}&sort=price_asc&currency=EUR&limit=100${cursor ? `&cursor=${cursor}` : ''}`;
      const { status, body } = await services.request('GET', `/catalog/products?${query}`);
      expect(status).toBe(200);
      for (const item of body.items) {
        expect(item.price.amount).toBeGreaterThanOrEqual(previousPrice);
        previousPrice = item.price.amount;
        seen.add(item.id);
      }
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(leaf.productCount);
  });

  it('filters the largest category of 100,000 products in tens of ms and pages filtered results to the end', async () => {
    const { body: categories } = await services.request('GET', '/catalog/categories');
    const largest = [...categories.items].sort(
      (a: { productCount: number }, b: { productCount: number }) => b.productCount - a.productCount,
    )[0];
    const filters = `category=${largest.slug}&color=sand,navy&size=M,L&brand=northwind,tidewater,canopy&priceMin=5000&priceMax=30000&inStock=true&sort=price_desc`;
    await services.request('GET', `/catalog/products?${filters}`); // builds the cached sort order
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const startedAt = performance.now();
      const { status } = await services.request('GET', `/catalog/products?${filters}&limit=24`);
      timings.push(performance.now() - startedAt);
      expect(status).toBe(200);
    }
    const median = [...timings].sort((a, b) => a - b)[2] ?? 0;
    console.log(
      `filtered listing of ${largest.productCount} products: median ${median.toFixed(1)} ms`,
    );
    expect(median).toBeLessThan(150);

    const ids = new Set<string>();
    let cursor: string | null = null;
    let total = 0;
    do {
      const { body } = await services.request(
        'GET',
        `/catalog/products?${filters}&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      );
      total = body.total;
      for (const item of body.items) ids.add(item.id);
      cursor = body.nextCursor;
    } while (cursor);
    expect(total).toBeGreaterThan(100);
    expect(ids.size).toBe(total);
  });

  it('serves the best-sellers collection in rank order', async () => {
    const { body } = await services.request(
      'GET',
      '/catalog/products?collection=best-sellers&limit=100',
    );
    expect(body.total).toBe(100);
    expect(body.items.map((item: { rank: number }) => item.rank)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
  });

  it('localizes product text and prices per currency', async () => {
    const { body } = await services.request(
      'GET',
      '/catalog/products/p000001?locale=ja-JP&currency=JPY',
    );
    expect(body.price.currency).toBe('JPY');
    expect(body.price.amount % 10).toBe(0);
    expect(body.options[0].label).toBe('カラー');
    expect(body.variants.length).toBeGreaterThan(0);
    expect(body.images).toHaveLength(3);
  });

  it('answers 404 for unknown products, categories and images', async () => {
    for (const path of [
      '/catalog/products/p999999',
      '/catalog/products/wrong-slug-p000001',
      '/catalog/categories/nope',
      '/media/products/p999999/black/0.webp',
      '/media/products/p000001/black/3.webp',
    ]) {
      const { status, body } = await services.request('GET', path);
      expect(status, path).toBe(404);
      expect(body.error.code).toBe('not_found');
    }
  });

  it('answers 400 for a bad locale, cursor, limit or sort', async () => {
    const other = await services.request('GET', '/catalog/products?sort=newest');
    for (const query of [
      'locale=xx-XX',
      'cursor=not-a-cursor',
      'limit=0',
      'limit=101',
      'limit=abc',
      'sort=cheapest',
      'currency=GBP',
      `cursor=${other.body.nextCursor}`,
    ]) {
      const { status, body } = await services.request('GET', `/catalog/products?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.message).toBeTruthy();
    }
  });

  it('searches localized names', async () => {
    const { body } = await services.request('GET', '/search/products?q=linen%20dress&limit=5');
    expect(body.total).toBeGreaterThan(0);
    expect(body.items[0].name).toMatch(/Linen.*Dress/);
    expect((await services.request('GET', '/search/products?q=')).status).toBe(400);
  });

  it('renders each colour of a product in its own cacheable webp views', async () => {
    const { body } = await services.request('GET', '/catalog/products/p000001');
    const colors: string[] = body.options[0].values.map((value: { value: string }) => value.value);
    expect(Object.keys(body.imagesByColor)).toEqual(colors);
    expect(body.images).toEqual(body.imagesByColor[colors[0]!]);
    const leads: ArrayBuffer[] = [];
    for (const color of colors.slice(0, 2)) {
      const views = body.imagesByColor[color];
      expect(views).toHaveLength(3);
      const response = await fetch(views[0].url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/webp');
      expect(response.headers.get('cache-control')).toContain('immutable');
      leads.push(await response.arrayBuffer());
    }
    expect(leads[0]!.byteLength).toBeGreaterThan(1000);
    if (leads[1]) expect(Buffer.from(leads[1]).equals(Buffer.from(leads[0]!))).toBe(false);
    const missing = ['black', 'white', 'navy', 'sand'].find((color) => !colors.includes(color));
    const { status } = await services.request('GET', `/media/products/p000001/${missing}/0.webp`);
    expect(status).toBe(404);
  });

  it('shows a listing filtered by colour in that colour', async () => {
    const { body } = await services.request('GET', '/catalog/products?color=navy&limit=5');
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) expect(item.image.url).toContain('/navy/0.webp');
  });

  it('reports stock per SKU and rejects unknown SKUs', async () => {
    const { body } = await services.request('GET', '/inventory/products/p000001');
    expect(body.items.length).toBeGreaterThan(0);
    const sku = body.items[0].sku;
    const stock = await services.request('GET', `/inventory/stock?skus=${sku}`);
    expect(stock.body.items[0].sku).toBe(sku);
    const unknown = await services.request('GET', `/inventory/stock?skus=${sku},p000001-nope-M`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.unknownSkus).toEqual(['p000001-nope-M']);
  });
});
