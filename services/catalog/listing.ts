import { z } from 'zod';
import type { Catalog, Collection } from './catalog';
import type { Currency } from './money';
import type { ProductRecord } from './records';
import { LruCache } from '../shared/lru';

export const sortSchema = z.enum(['popular', 'newest', 'price_asc', 'price_desc']);
export type Sort = z.infer<typeof sortSchema>;

export interface ListingQuery {
  categoryIndex: number | null;
  collection: Collection | null;
  sort: Sort;
  currency: Currency;
}

/**
 * Sorted product-index arrays per (category, collection, sort[, currency]),
 * built lazily and kept in a bounded LRU so deep pages stay O(limit).
 */
export class ProductListings {
  private readonly cache = new LruCache<string, Uint32Array>(64);

  constructor(private readonly catalog: Catalog) {
    // Price overrides reorder price sorts; rebuilding on demand is cheap, so drop everything.
    catalog.onProductChanged(() => this.cache.clear());
  }

  keyOf(query: ListingQuery): string {
    const currency = query.sort.startsWith('price') ? query.currency : '';
    return [query.categoryIndex ?? 'all', query.collection ?? '', query.sort, currency].join('|');
  }

  indexes(query: ListingQuery): Uint32Array {
    const key = this.keyOf(query);
    let sorted = this.cache.get(key);
    if (!sorted) {
      sorted = this.build(query);
      this.cache.set(key, sorted);
    }
    return sorted;
  }

  /**
   * `subset` in the order of the whole catalog sorted by `sort` (search results
   * sorted by price, say): one pass over a cached array instead of a sort.
   */
  sortSubset(subset: ArrayLike<number>, sort: Sort, currency: Currency): Uint32Array {
    const member = new Uint8Array(this.catalog.products.length);
    for (let i = 0; i < subset.length; i++) member[subset[i] ?? 0] = 1;
    const sorted = new Uint32Array(subset.length);
    let count = 0;
    for (const index of this.indexes({ categoryIndex: null, collection: null, sort, currency })) {
      if (member[index] === 1) sorted[count++] = index;
    }
    return sorted.subarray(0, count);
  }

  private build({ categoryIndex, collection, sort, currency }: ListingQuery): Uint32Array {
    const catalog = this.catalog;
    const scope =
      categoryIndex === null
        ? catalog.products
        : (catalog.categories[categoryIndex]?.productIndexes ?? []).flatMap(
            (index) => catalog.products[index] ?? [],
          );
    const members = collection
      ? scope.filter((product) => catalog.inCollection(product, collection))
      : [...scope];
    const compare = comparatorFor(sort, (product) => catalog.price(product, currency).amount);
    members.sort((a, b) => compare(a, b) || a.rank - b.rank);
    return Uint32Array.from(members, (product) => product.index);
  }
}

function comparatorFor(sort: Sort, priceOf: (product: ProductRecord) => number) {
  switch (sort) {
    case 'newest':
      return (a: ProductRecord, b: ProductRecord) => b.createdAt - a.createdAt;
    case 'price_asc':
      return (a: ProductRecord, b: ProductRecord) => priceOf(a) - priceOf(b);
    case 'price_desc':
      return (a: ProductRecord, b: ProductRecord) => priceOf(b) - priceOf(a);
    default:
      return (a: ProductRecord, b: ProductRecord) => a.rank - b.rank;
  }
}
