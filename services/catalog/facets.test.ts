import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServices, TEST_ADMIN_TOKEN, type TestServices } from '../testing/test-services';
import type { components } from '@/lib/services/catalog/schema';

type ProductPage = components['schemas']['ProductPage'];

let services: TestServices;
const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

beforeAll(async () => {
  services = await startTestServices({ catalogSize: 2_000 });
});
afterAll(() => services.close());

interface Known {
  id: string;
  brand: string;
  colors: string[];
  sizes: string[];
  price: number;
  inStock: boolean;
  skus: string[];
}

interface Filters {
  brand: string[];
  color: string[];
  size: string[];
  priceMin: number;
  priceMax: number;
  inStock: boolean;
}

type Facet = 'brand' | 'color' | 'size' | 'price' | 'inStock';

/** Every page of a listing, following cursors. */
async function allPages(
  path: string,
  limit = 100,
): Promise<{ ids: string[]; pages: ProductPage[] }> {
  const ids: string[] = [];
  const pages: ProductPage[] = [];
  let cursor: string | null = null;
  do {
    const { status, body } = await services.request(
      'GET',
      `${path}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(status, path).toBe(200);
    pages.push(body);
    ids.push(...body.items.map((item: { id: string }) => item.id));
    cursor = body.nextCursor;
  } while (cursor);
  return { ids, pages };
}

/** Ground truth from the product and inventory endpoints, independent of the facet code. */
async function loadCategory(slug: string): Promise<Known[]> {
  const { ids } = await allPages(`/catalog/products?category=${slug}&currency=EUR`);
  return Promise.all(
    ids.map(async (id) => {
      const [{ body: product }, { body: stock }] = await Promise.all([
        services.request('GET', `/catalog/products/${id}?currency=EUR`),
        services.request('GET', `/inventory/products/${id}`),
      ]);
      const values = (name: string) =>
        product.options
          .find((option: { name: string }) => option.name === name)
          .values.map((value: { value: string }) => value.value);
      return {
        id,
        brand: product.brand.slug,
        colors: values('color'),
        sizes: values('size'),
        price: product.price.amount,
        inStock: stock.items.some((item: { available: number }) => item.available > 0),
        skus: stock.items.map((item: { sku: string }) => item.sku),
      };
    }),
  );
}

function passes(product: Known, filters: Filters, except?: Facet): boolean {
  return (
    (except === 'brand' || filters.brand.length === 0 || filters.brand.includes(product.brand)) &&
    (except === 'color' ||
      filters.color.length === 0 ||
      product.colors.some((color) => filters.color.includes(color))) &&
    (except === 'size' ||
      filters.size.length === 0 ||
      product.sizes.some((size) => filters.size.includes(size))) &&
    (except === 'price' ||
      (product.price >= filters.priceMin && product.price <= filters.priceMax)) &&
    (except === 'inStock' || !filters.inStock || product.inStock)
  );
}

function countBy(
  products: Known[],
  valuesOf: (product: Known) => string[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const product of products)
    for (const value of valuesOf(product)) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const asCounts = (values: Array<{ value: string; count: number }>) =>
  Object.fromEntries(values.map((value) => [value.value, value.count]));

describe('catalog listing filters and facets', () => {
  it('counts facets disjunctively, matching a brute force over every product of a category', async () => {
    const known = await loadCategory('men');
    const brandCounts = countBy(known, (product) => [product.brand]);
    const topBrands = Object.entries(brandCounts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([brand]) => brand);
    const prices = known.map((product) => product.price).sort((a, b) => a - b);
    const filters: Filters = {
      brand: topBrands,
      color: ['sand', 'navy', 'olive'],
      size: ['M', 'XL'],
      priceMin: prices[Math.floor(prices.length * 0.2)] ?? 0,
      priceMax: prices[Math.floor(prices.length * 0.8)] ?? 0,
      inStock: true,
    };
    const query =
      `category=men&currency=EUR&brand=${filters.brand.join(',')}&color=${filters.color.join(',')}&size=${filters.size.join(',')}` +
      `&priceMin=${filters.priceMin}&priceMax=${filters.priceMax}&inStock=true`;
    const { ids, pages } = await allPages(`/catalog/products?${query}`, 7);
    const first = pages[0]!;

    const expected = known.filter((product) => passes(product, filters));
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(expected.map((product) => product.id)));
    expect(ids).toHaveLength(expected.length);
    expect(first.total).toBe(expected.length);
    expect(first.applied).toEqual({ ...filters, size: ['M', 'XL'] });

    const except = (facet: Facet) => known.filter((product) => passes(product, filters, facet));
    expect(asCounts(first.facets.brands)).toEqual(
      countBy(except('brand'), (product) => [product.brand]),
    );
    expect(asCounts(first.facets.colors)).toEqual(
      countBy(except('color'), (product) => product.colors),
    );
    expect(asCounts(first.facets.sizes)).toEqual(
      countBy(except('size'), (product) => product.sizes),
    );
    const priced = except('price').map((product) => product.price);
    expect(first.facets.price).toEqual({
      min: { amount: Math.min(...priced), currency: 'EUR' },
      max: { amount: Math.max(...priced), currency: 'EUR' },
    });
    expect(first.facets.inStock.count).toBe(
      except('inStock').filter((product) => product.inStock).length,
    );

    const counts = first.facets.brands.map((value: { count: number }) => value.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const sand = first.facets.colors.find((value: { value: string }) => value.value === 'sand');
    expect(sand).toMatchObject({ label: 'Sand', swatch: '#d8c3a5' });
  });

  it('ignores unknown values, reports what was applied and keeps selected values at zero', async () => {
    const { status, body } = await services.request(
      'GET',
      '/catalog/products?category=womens-dresses&color=SAND,chartreuse&size=42,XXXL&brand=nope&locale=de-DE',
    );
    expect(status).toBe(200);
    expect(body.applied).toEqual({
      brand: [],
      color: ['sand'],
      size: ['42'],
      priceMin: null,
      priceMax: null,
      inStock: false,
    });
    // Dresses come in apparel sizes, so shoe size 42 matches nothing but stays listed for un-ticking.
    expect(body.total).toBe(0);
    expect(body.items).toEqual([]);
    expect(body.facets.sizes).toContainEqual({ value: '42', label: '42', count: 0 });
    // Colour counts apply the size filter too, so only the selected colour remains, at zero.
    expect(body.facets.colors).toEqual([
      { value: 'sand', label: 'Sand', swatch: '#d8c3a5', count: 0 },
    ]);
    expect(body.facets.price).toBeNull();

    const { body: german } = await services.request(
      'GET',
      '/catalog/products?category=womens-dresses&color=white&locale=de-DE&limit=1',
    );
    expect(
      german.facets.colors.find((value: { value: string }) => value.value === 'white').label,
    ).toBe('Weiß');
    expect(german.facets.sizes.map((value: { value: string }) => value.value).sort()).toEqual([
      'L',
      'M',
      'S',
      'XL',
      'XS',
    ]);
  });

  it('answers 400 with a reason for malformed price bounds and flags', async () => {
    for (const query of [
      'priceMin=abc',
      'priceMin=-5',
      'priceMax=1.5',
      'priceMin=',
      'priceMin=500&priceMax=100',
      'inStock=yes',
    ]) {
      const { status, body } = await services.request('GET', `/catalog/products?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.code).toBe('invalid_request');
      expect(body.error.message).toMatch(/priceMin|priceMax|inStock/);
    }
  });

  it('pages filtered listings to the end and rejects cursors from other filters', async () => {
    const everything = await services.request('GET', '/catalog/products?limit=1');
    const perColor = await Promise.all(
      ['sand', 'navy'].map((color) =>
        allPages(`/catalog/products?sort=price_desc&color=${color}`, 50),
      ),
    );
    const both = await allPages('/catalog/products?sort=price_desc&color=sand,navy', 50);
    expect(both.ids.length).toBe(new Set(both.ids).size);
    expect(both.pages[0]!.total).toBe(both.ids.length);
    expect(both.ids.length).toBe(new Set(perColor.flatMap((result) => result.ids)).size);
    expect(both.ids.length).toBeLessThan(everything.body.total);
    const cursor = both.pages[0]!.nextCursor;
    const other = await services.request(
      'GET',
      `/catalog/products?sort=price_desc&color=sand&cursor=${cursor}`,
    );
    expect(other.status).toBe(400);
    expect(other.body.error.code).toBe('invalid_cursor');
  });

  it('reflects stock changes in inStock filtering and counts', async () => {
    const { body: before } = await services.request(
      'GET',
      '/catalog/products?category=boots&inStock=true&limit=1',
    );
    const product = before.items[0];
    const { body: stock } = await services.request('GET', `/inventory/products/${product.id}`);
    for (const item of stock.items) {
      expect(
        (
          await services.request('PUT', `/admin/inventory/${item.sku}`, {
            body: { available: 0 },
            headers: admin,
          })
        ).status,
      ).toBe(200);
    }
    const { body: after } = await services.request(
      'GET',
      '/catalog/products?category=boots&inStock=true&limit=100',
    );
    expect(after.total).toBe(before.total - 1);
    expect(after.facets.inStock.count).toBe(before.facets.inStock.count - 1);
    expect(after.items.map((item: { id: string }) => item.id)).not.toContain(product.id);

    await services.request('PUT', `/admin/inventory/${stock.items[0].sku}`, {
      body: { available: 3 },
      headers: admin,
    });
    const { body: restocked } = await services.request(
      'GET',
      '/catalog/products?category=boots&inStock=true&limit=1',
    );
    expect(restocked.total).toBe(before.total);
  });
});

describe('product slugs', () => {
  it('cover every product exactly once, in id order', async () => {
    const ids: string[] = [];
    let total = 0;
    for (let offset = 0; ; offset += 700) {
      const { status, body } = await services.request(
        'GET',
        `/catalog/product-slugs?offset=${offset}&limit=700`,
      );
      expect(status).toBe(200);
      total = body.total;
      if (body.items.length === 0) break;
      for (const item of body.items) {
        expect(item.slug.endsWith(item.id)).toBe(true);
        expect(Number.isNaN(Date.parse(item.updatedAt))).toBe(false);
        ids.push(item.id);
      }
    }
    expect(total).toBe(2_000);
    expect(ids).toHaveLength(2_000);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(2_000);
    for (const query of ['limit=0', 'limit=10001', 'offset=-1', 'offset=x']) {
      expect((await services.request('GET', `/catalog/product-slugs?${query}`)).status, query).toBe(
        400,
      );
    }
    expect((await services.request('GET', '/catalog/product-slugs')).body.items).toHaveLength(
      1_000,
    );
  });
});
