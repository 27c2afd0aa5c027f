import type { LeafDefinition, SizeKind, Silhouette } from './data/categories';
import type { Localized } from './locale';
import type { PriceList } from './money';

/** Internal, locale-neutral catalog records; views localize them per request. */
export interface CategoryRecord {
  index: number;
  id: string;
  slug: string;
  name: Localized;
  parentId: string | null;
  /** Ids from the root down to this category. */
  path: string[];
  depth: 0 | 1;
  sizes: SizeKind;
  silhouette: Silhouette;
  /** Present on leaves only; products live in leaves. */
  leaf: LeafDefinition | null;
  /** Product indexes in this category and its descendants, ascending. */
  productIndexes: number[];
}

export interface Brand {
  id: string;
  name: string;
  slug: string;
}

export interface ProductRecord {
  index: number;
  id: string;
  slug: string;
  categoryIndex: number;
  brandIndex: number;
  adjectiveIndex: number;
  materialIndex: number;
  originIndex: number;
  fitIndex: number;
  colorIndexes: number[];
  prices: PriceList;
  compareAtPrices: PriceList | null;
  createdAt: number;
  /** 1 = best seller. */
  rank: number;
}

export interface SeedCatalog {
  seed: number;
  categories: CategoryRecord[];
  brands: Brand[];
  products: ProductRecord[];
}
