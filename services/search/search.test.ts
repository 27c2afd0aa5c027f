import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';
import { indexTerms, queryTerms } from './text';
import { startTestServices, TEST_ADMIN_TOKEN, type TestServices } from '../testing/test-services';

let services: TestServices;
const search = (query: string) => services.request('GET', `/search/products?${query}`);
const names = (body: { items: Array<{ name: string }> }) => body.items.map((item) => item.name);

beforeAll(async () => {
  services = await startTestServices({ catalogSize: 2_000 });
});
afterAll(() => services.close());

describe('search text', () => {
  it('folds Latin text and splits Japanese into bigrams', () => {
    expect(indexTerms('Écharpe en Laine')).toEqual(['echarpe', 'en', 'laine']);
    expect(indexTerms('リネンシャツ')).toEqual(['リネ', 'ネン', 'ンシ', 'シャ', 'ャツ', 'ツ']);
    expect(queryTerms('リネン')).toEqual(['リネ', 'ネン']);
    expect(queryTerms('ド')).toEqual(['ド']);
    expect(queryTerms('<script>alert(1)</script> 👗')).toEqual(['script', 'alert', '1']);
  });

  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('shrit', 'shirt', 1)).toBe(1);
    expect(editDistance('linen', 'linen', 1)).toBe(0);
    expect(editDistance('dress', 'shoes', 2)).toBe(3);
  });
});

describe('product search', () => {
  it('finds shirts despite a typo and linen from a prefix', async () => {
    const typo = await search('q=shrit&limit=10');
    expect(typo.status).toBe(200);
    expect(typo.body.total).toBeGreaterThan(0);
    for (const name of names(typo.body)) expect(name).toMatch(/shirt/i);
    expect(typo.body.didYouMean).toEqual([]);

    const prefix = await search('q=lin&limit=10');
    expect(prefix.body.total).toBeGreaterThan(0);
    for (const name of names(prefix.body)) expect(name).toMatch(/linen/i);

    const both = await search('q=linen%20dress&limit=5');
    expect(both.body.items[0].name).toMatch(/Linen.*Dress/);
    expect(both.body.total).toBeLessThan(prefix.body.total);
  });

  it('breaks relevance ties by best-seller rank', async () => {
    const { body } = await search('q=linen&limit=50');
    const ranks = body.items.map((item: { rank: number }) => item.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('matches Japanese queries without spaces', async () => {
    const linen = await search(
      `q=${encodeURIComponent('リネン')}&locale=ja-JP&currency=JPY&limit=10`,
    );
    expect(linen.status).toBe(200);
    expect(linen.body.total).toBeGreaterThan(0);
    for (const name of names(linen.body)) expect(name).toContain('リネン');

    const phrase = await search(`q=${encodeURIComponent('リネンシャツ')}&locale=ja-JP&limit=10`);
    expect(phrase.body.total).toBeGreaterThan(0);
    for (const name of names(phrase.body)) expect(name).toContain('リネンシャツ');

    const english = await search('q=linen&limit=1');
    expect(linen.body.total).toBe(english.body.total);
  });

  it('validates q and survives hostile input', async () => {
    expect((await search(`q=${'a'.repeat(2_000)}`)).status).toBe(400);
    expect((await search(`q=${'a'.repeat(201)}`)).body.error.message).toMatch(/200/);
    expect((await search('q=%20%20')).status).toBe(400);
    expect((await search(`q=${encodeURIComponent(`  ${'b'.repeat(200)}  `)}`)).status).toBe(200);
    for (const q of [
      '<script>alert(1)</script>',
      '👗✨',
      'فستان أحمر',
      'שמלה',
      '"; DROP TABLE products; --',
      '%%%',
      '\u0000',
    ]) {
      const { status, body } = await search(`q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(Array.isArray(body.items)).toBe(true);
      expect(Array.isArray(body.didYouMean)).toBe(true);
    }
  });

  it('suggests alternatives when nothing matches', async () => {
    const { status, body } = await search('q=linnen%20drezzes');
    expect(status).toBe(200);
    expect(body.items).toEqual([]);
    expect(body.total).toBe(0);
    expect(body.didYouMean.length).toBeGreaterThan(0);
    expect(body.didYouMean.length).toBeLessThanOrEqual(3);
    expect(body.didYouMean[0]).toMatch(/linen/);
    for (const alternative of body.didYouMean) {
      expect(
        (await search(`q=${encodeURIComponent(alternative)}`)).body.total,
        alternative,
      ).toBeGreaterThan(0);
    }
    const nonsense = await search('q=qqqqqqqqqq');
    expect(nonsense.body).toMatchObject({ items: [], total: 0, didYouMean: [] });
  });

  it('shares the listing filters, facets and cursors', async () => {
    const all = await search('q=shirt&limit=1');
    const filtered = await search(
      'q=shirt&color=navy,unknown&inStock=true&sort=price_asc&currency=EUR&limit=5',
    );
    expect(filtered.status).toBe(200);
    expect(filtered.body.applied).toEqual({
      brand: [],
      color: ['navy'],
      size: [],
      priceMin: null,
      priceMax: null,
      inStock: true,
    });
    expect(filtered.body.total).toBeLessThan(all.body.total);
    expect(filtered.body.total).toBe(
      filtered.body.facets.colors.find((value: { value: string }) => value.value === 'navy').count,
    );
    const prices = filtered.body.items.map(
      (item: { price: { amount: number } }) => item.price.amount,
    );
    expect(prices).toEqual([...prices].sort((a, b) => a - b));

    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const { body } = await search(
        `q=shirt&color=navy&inStock=true&sort=price_asc&currency=EUR&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      );
      for (const item of body.items) seen.add(item.id);
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(filtered.body.total);
    expect((await search(`q=shirt&cursor=${filtered.body.nextCursor}`)).status).toBe(400);
    expect((await search('q=shirt&priceMin=9&priceMax=1')).status).toBe(400);
  });

  it('re-indexes a renamed product', async () => {
    const { status } = await services.request('PATCH', '/admin/products/p000009', {
      body: { name: { 'en-US': 'Zanzibar Weekender' } },
      headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
    });
    expect(status).toBe(200);
    const { body } = await search('q=zanzibar');
    expect(body.items.map((item: { id: string }) => item.id)).toEqual(['p000009']);
  });
});

describe('suggest', () => {
  it('returns products and categories for a prefix, with typos and in Japanese', async () => {
    const { status, body } = await services.request('GET', '/search/suggest?q=shi&limit=4');
    expect(status).toBe(200);
    expect(body.products.length).toBeGreaterThan(0);
    expect(body.products.length).toBeLessThanOrEqual(4);
    expect(Object.keys(body.products[0]).sort()).toEqual(['id', 'image', 'name', 'price', 'slug']);
    expect(body.categories.map((category: { slug: string }) => category.slug)).toContain(
      'mens-shirts',
    );

    const typo = await services.request('GET', '/search/suggest?q=sneakres');
    expect(typo.body.products.length).toBeGreaterThan(0);
    expect(typo.body.categories.map((category: { slug: string }) => category.slug)).toContain(
      'sneakers',
    );

    const german = await services.request(
      'GET',
      '/search/suggest?q=kleid&locale=de-DE&currency=EUR',
    );
    expect(german.body.categories[0]).toMatchObject({ slug: 'womens-dresses', name: 'Kleider' });
    expect(german.body.products[0].price.currency).toBe('EUR');

    const japanese = await services.request(
      'GET',
      `/search/suggest?q=${encodeURIComponent('スニ')}&locale=ja-JP`,
    );
    expect(japanese.body.products.length).toBeGreaterThan(0);
    expect(japanese.body.categories[0].name).toBe('スニーカー');
  });

  it('validates q and limit', async () => {
    for (const query of [
      'q=',
      `q=${'x'.repeat(101)}`,
      'q=a&limit=0',
      'q=a&limit=11',
      'q=a&locale=xx',
    ]) {
      expect((await services.request('GET', `/search/suggest?${query}`)).status, query).toBe(400);
    }
  });
});
