import type { Catalog } from '../catalog/catalog';
import { mergeOverride, type ProductOverride, type ProductPatch } from '../catalog/overrides';
import type { ProductRecord } from '../catalog/records';
import type { Database } from '../db/database';

/** Persists admin product edits and applies them to the in-memory catalog (write-through). */
export class ProductOverrideStore {
  constructor(
    private readonly db: Database,
    private readonly catalog: Catalog,
  ) {}

  /** Applies every stored override; called once at start-up. */
  async loadInto(): Promise<void> {
    const rows = await this.db.query<{ product_id: string; override: ProductOverride }>(
      'SELECT product_id, override FROM product_overrides',
    );
    for (const row of rows.rows) {
      const product = this.catalog.product(row.product_id);
      if (product) this.catalog.applyOverride(product, row.override);
    }
  }

  async patch(product: ProductRecord, patch: ProductPatch): Promise<void> {
    const override = mergeOverride(this.catalog.override(product.id), patch, new Date());
    await this.db.query(
      `INSERT INTO product_overrides (product_id, override) VALUES ($1, $2)
       ON CONFLICT (product_id) DO UPDATE SET override = EXCLUDED.override, updated_at = now()`,
      [product.id, JSON.stringify(override)],
    );
    this.catalog.applyOverride(product, override);
  }
}
