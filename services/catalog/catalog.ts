import { COLORS } from './data/colors';
import { SIZE_RUNS } from './data/sizes';
import { generateCatalog } from './generate';
import type { Locale } from './locale';
import type { Currency, Money } from './money';
import type { ProductOverride } from './overrides';
import type { Brand, CategoryRecord, ProductRecord, SeedCatalog } from './records';
import { generatedDescription, generatedName, type ProductContext } from './text';

const COLLECTION_SIZE = 100;
export const COLLECTIONS = ['best-sellers', 'new-arrivals'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export interface VariantRecord {
  sku: string;
  color: string;
  size: string;
}

/**
 * The in-memory catalog: the seeded data plus admin overrides. Every catalog
 * read is served from here; overrides are written through by the admin service.
 */
export class Catalog {
  readonly categories: CategoryRecord[];
  readonly brands: Brand[];
  readonly products: ProductRecord[];
  private readonly categoriesByKey = new Map<string, CategoryRecord>();
  private readonly overrides = new Map<string, ProductOverride>();
  private readonly newArrivalIds: Set<string>;
  private readonly changeListeners: Array<(product: ProductRecord) => void> = [];

  constructor(seed: SeedCatalog) {
    this.categories = seed.categories;
    this.brands = seed.brands;
    this.products = seed.products;
    for (const category of this.categories) {
      this.categoriesByKey.set(category.id, category);
      this.categoriesByKey.set(category.slug, category);
    }
    const newest = [...this.products].sort(
      (a, b) => b.createdAt - a.createdAt || a.index - b.index,
    );
    this.newArrivalIds = new Set(newest.slice(0, COLLECTION_SIZE).map((product) => product.id));
  }

  static generate(seed: number, size: number): Catalog {
    return new Catalog(generateCatalog(seed, size));
  }

  /** Accepts "p000123" or a slug ending in "-p000123" (the slug must match exactly). */
  product(idOrSlug: string): ProductRecord | undefined {
    const id = /(?:^|-)(p\d{6})$/.exec(idOrSlug)?.[1];
    if (!id) return undefined;
    const product = this.products[Number(id.slice(1)) - 1];
    if (!product || (idOrSlug !== product.id && idOrSlug !== product.slug)) return undefined;
    return product;
  }

  category(idOrSlug: string): CategoryRecord | undefined {
    return this.categoriesByKey.get(idOrSlug);
  }

  context(product: ProductRecord): ProductContext {
    const category = this.categories[product.categoryIndex];
    const brand = this.brands[product.brandIndex];
    if (!category || !brand) throw new Error(`Product ${product.id} references missing data`);
    return { product, category, brand };
  }

  variants(product: ProductRecord): VariantRecord[] {
    const sizes = SIZE_RUNS[this.context(product).category.sizes];
    return product.colorIndexes.flatMap((colorIndex) => {
      const color = COLORS[colorIndex]?.value ?? 'unknown';
      return sizes.map((size) => ({ sku: `${product.id}-${color}-${size}`, color, size }));
    });
  }

  /** SKU format is `${productId}-${color}-${size}`; sizes may contain "-" ("one-size"). */
  variantBySku(sku: string): { product: ProductRecord; variant: VariantRecord } | undefined {
    const product = this.product(sku.slice(0, 7));
    const variant = product && this.variants(product).find((candidate) => candidate.sku === sku);
    return product && variant ? { product, variant } : undefined;
  }

  name(product: ProductRecord, locale: Locale): string {
    return (
      this.overrides.get(product.id)?.name?.[locale] ?? generatedName(this.context(product), locale)
    );
  }

  description(product: ProductRecord, locale: Locale): string {
    return (
      this.overrides.get(product.id)?.description?.[locale] ??
      generatedDescription(this.context(product), locale)
    );
  }

  price(product: ProductRecord, currency: Currency): Money {
    const amount = this.overrides.get(product.id)?.prices?.[currency] ?? product.prices[currency];
    return { amount, currency };
  }

  /** The seeded "was" price, dropped once an override brings the price up to it. */
  compareAtPrice(product: ProductRecord, currency: Currency): Money | null {
    const compareAt = product.compareAtPrices?.[currency];
    if (compareAt === undefined || compareAt <= this.price(product, currency).amount) return null;
    return { amount: compareAt, currency };
  }

  updatedAt(product: ProductRecord): string {
    return this.overrides.get(product.id)?.updatedAt ?? new Date(product.createdAt).toISOString();
  }

  override(productId: string): ProductOverride | undefined {
    return this.overrides.get(productId);
  }

  applyOverride(product: ProductRecord, override: ProductOverride): void {
    this.overrides.set(product.id, override);
    for (const listener of this.changeListeners) listener(product);
  }

  onProductChanged(listener: (product: ProductRecord) => void): void {
    this.changeListeners.push(listener);
  }

  inCollection(product: ProductRecord, collection: Collection): boolean {
    return collection === 'best-sellers'
      ? product.rank <= COLLECTION_SIZE
      : this.newArrivalIds.has(product.id);
  }

  collectionsOf(product: ProductRecord): Collection[] {
    return COLLECTIONS.filter((collection) => this.inCollection(product, collection));
  }
}
