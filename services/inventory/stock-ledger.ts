import type { Catalog } from '../catalog/catalog';
import type { ProductRecord } from '../catalog/records';
import type { Database } from '../db/database';
import { hashString } from '../shared/seeded-random';

type StockStatus = 'in_stock' | 'low_stock' | 'out_of_stock';
const LOW_STOCK_THRESHOLD = 5;

export interface StockItem {
  sku: string;
  available: number;
  status: StockStatus;
}

function stockStatus(available: number): StockStatus {
  if (available <= 0) return 'out_of_stock';
  return available <= LOW_STOCK_THRESHOLD ? 'low_stock' : 'in_stock';
}

/**
 * Stock per SKU: a seeded baseline (about 10% sold out, 15% low, the rest
 * plentiful) with persisted overrides held in memory and written through.
 */
export class StockLedger {
  private readonly changeListeners: Array<(product: ProductRecord) => void> = [];

  private constructor(
    private readonly catalog: Catalog,
    private readonly seed: number,
    private readonly db: Database,
    private readonly overrides: Map<string, number>,
  ) {}

  static async load(catalog: Catalog, seed: number, db: Database): Promise<StockLedger> {
    const rows = await db.query<{ sku: string; available: number }>(
      'SELECT sku, available FROM stock_levels',
    );
    return new StockLedger(
      catalog,
      seed,
      db,
      new Map(rows.rows.map((row) => [row.sku, row.available])),
    );
  }

  /** undefined when the SKU does not exist in the catalog. */
  item(sku: string): StockItem | undefined {
    if (!this.catalog.variantBySku(sku)) return undefined;
    const available = this.availableOf(sku);
    return { sku, available, status: stockStatus(available) };
  }

  private availableOf(sku: string): number {
    return this.overrides.get(sku) ?? this.seededAvailability(sku);
  }

  itemsFor(product: ProductRecord): StockItem[] {
    return this.catalog.variants(product).flatMap((variant) => this.item(variant.sku) ?? []);
  }

  /** Whether any variant can be bought; skips the SKU lookup because the variants come from the catalog. */
  hasStock(product: ProductRecord): boolean {
    return this.catalog.variants(product).some((variant) => this.availableOf(variant.sku) > 0);
  }

  /** Listings that filter on stock keep their own per-product flags and refresh them from here. */
  onStockChanged(listener: (product: ProductRecord) => void): void {
    this.changeListeners.push(listener);
  }

  async set(sku: string, available: number): Promise<StockItem> {
    await this.db.query(
      `INSERT INTO stock_levels (sku, available) VALUES ($1, $2)
       ON CONFLICT (sku) DO UPDATE SET available = EXCLUDED.available, updated_at = now()`,
      [sku, available],
    );
    this.overrides.set(sku, available);
    const product = this.catalog.variantBySku(sku)?.product;
    if (product) for (const listener of this.changeListeners) listener(product);
    return { sku, available, status: stockStatus(available) };
  }

  private seededAvailability(sku: string): number {
    const hash = hashString(`${this.seed}:${sku}`);
    const bucket = hash % 100;
    const spread = hash >>> 8;
    if (bucket < 10) return 0;
    if (bucket < 25) return 1 + (spread % LOW_STOCK_THRESHOLD);
    return LOW_STOCK_THRESHOLD + 1 + (spread % 95);
  }
}
