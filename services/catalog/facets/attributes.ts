import { COLORS } from '../data/colors';
import { SIZE_RUNS } from '../data/sizes';
import type { Catalog } from '../catalog';
import { CURRENCIES, type Currency } from '../money';
import type { ProductRecord } from '../records';

/** Every size value once, in size-run order; a product's sizes are a bit mask over this list. */
export const SIZE_VALUES: readonly string[] = [...new Set(Object.values(SIZE_RUNS).flat())];

/** Live stock, as far as listings need it (the inventory ledger implements this). */
export interface StockSource {
  hasStock(product: ProductRecord): boolean;
  onStockChanged(listener: (product: ProductRecord) => void): void;
}

/**
 * Per-product facet attributes in typed arrays indexed by product index, so
 * filtering and counting 100,000 products is a tight loop without object access.
 * Masks are 32-bit, which bounds brands, colours and sizes to 32 values each.
 */
export class ProductAttributes {
  readonly brand: Uint8Array;
  readonly colorMask: Uint32Array;
  readonly sizeMask: Uint32Array;
  private readonly prices = new Map<Currency, Float64Array>();
  private inStock: Uint8Array | null = null;

  constructor(
    private readonly catalog: Catalog,
    private readonly stockSource: StockSource,
  ) {
    if (catalog.brands.length > 32 || COLORS.length > 32 || SIZE_VALUES.length > 32) {
      throw new Error('Facet masks hold at most 32 brands, colours and sizes');
    }
    const count = catalog.products.length;
    this.brand = new Uint8Array(count);
    this.colorMask = new Uint32Array(count);
    this.sizeMask = new Uint32Array(count);
    const sizeMaskByRun = new Map(
      Object.entries(SIZE_RUNS).map(([kind, sizes]) => [
        kind,
        sizes.reduce((mask, size) => mask | (1 << SIZE_VALUES.indexOf(size)), 0),
      ]),
    );
    for (const product of catalog.products) {
      this.brand[product.index] = product.brandIndex;
      this.colorMask[product.index] = product.colorIndexes.reduce(
        (mask, index) => mask | (1 << index),
        0,
      );
      this.sizeMask[product.index] =
        sizeMaskByRun.get(catalog.context(product).category.sizes) ?? 0;
    }
    // Prices change through admin overrides, stock through the ledger; both update in place.
    catalog.onProductChanged((product) => {
      for (const [currency, prices] of this.prices)
        prices[product.index] = catalog.price(product, currency).amount;
    });
    stockSource.onStockChanged((product) => {
      if (this.inStock) this.inStock[product.index] = stockSource.hasStock(product) ? 1 : 0;
    });
  }

  /** Lowest variant price per product in minor units; every variant shares the product price today. */
  price(currency: Currency): Float64Array {
    let prices = this.prices.get(currency);
    if (!prices) {
      prices = Float64Array.from(
        this.catalog.products,
        (product) => this.catalog.price(product, currency).amount,
      );
      this.prices.set(currency, prices);
    }
    return prices;
  }

  /** 1 when at least one variant is available; built on first use (hashing every SKU once). */
  stock(): Uint8Array {
    if (!this.inStock) {
      this.inStock = Uint8Array.from(this.catalog.products, (product) =>
        this.stockSource.hasStock(product) ? 1 : 0,
      );
    }
    return this.inStock;
  }

  /** Warms the lazily built arrays so the first listing request does not pay for them. */
  warm(): void {
    for (const currency of CURRENCIES) this.price(currency);
    this.stock();
  }
}
