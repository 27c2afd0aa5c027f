import { describe, expect, it } from 'vitest';
import { OramaProductSearch } from './orama-product-search';
import { Catalog } from '../catalog/catalog';

describe('warming a locale index in the background', () => {
  it('hands the event loop back between slices, so other work runs before it finishes', async () => {
    const search = new OramaProductSearch(Catalog.generate(3, 2_000));
    const order: string[] = [];
    const warmed = search.warm('ja-JP').then(() => order.push('warmed'));
    setImmediate(() => order.push('other work'));
    await warmed;
    expect(order).toEqual(['other work', 'warmed']);
    expect(search.buildTimes()['ja-JP']).toEqual(expect.any(Number));
  });

  it('finds what it indexed, including a product renamed while it was building', async () => {
    const catalog = Catalog.generate(3, 2_000);
    const search = new OramaProductSearch(catalog);
    const warmed = search.warm('en-US');
    const product = catalog.products[0]!;
    // The first slice holds product 0 and is built synchronously before warm() first yields.
    catalog.applyOverride(product, {
      name: { 'en-US': 'Zanzibar Weekender' },
      updatedAt: new Date().toISOString(),
    });
    await warmed;
    expect([...search.search('zanzibar', 'en-US')]).toEqual([product.index]);
  });

  it('gives way to a search that built the index first', async () => {
    const search = new OramaProductSearch(Catalog.generate(3, 1_000));
    const warmed = search.warm('de-DE');
    const found = search.search('hemd', 'de-DE');
    expect(found.length).toBeGreaterThan(0);
    await warmed;
    expect([...search.search('hemd', 'de-DE')]).toEqual([...found]);
  });
});
