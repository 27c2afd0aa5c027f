import type { Database, Queryable } from '../db/database';
import { DetailedError } from '../framework/errors';

const MAX_ITEMS = 200;

export interface Wishlist {
  items: Array<{ productId: string; addedAt: string }>;
}

/** Saved products of an account, newest first; only products the catalog has. */
export class Wishlists {
  constructor(
    private readonly db: Database,
    private readonly productExists: (productId: string) => boolean,
  ) {}

  async get(customerId: string, db: Queryable = this.db): Promise<Wishlist> {
    const { rows } = await db.query<{ product_id: string; added_at: Date }>(
      `SELECT product_id, added_at FROM customer_wishlist
       WHERE customer_id = $1 ORDER BY added_at DESC`,
      [customerId],
    );
    return {
      items: rows.map((row) => ({
        productId: row.product_id,
        addedAt: new Date(row.added_at).toISOString(),
      })),
    };
  }

  /** Idempotent; false for a product the catalog does not have. */
  async add(customerId: string, productId: string): Promise<boolean> {
    if (!this.productExists(productId)) return false;
    const { rows } = await this.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM customer_wishlist WHERE customer_id = $1`,
      [customerId],
    );
    if ((rows[0]?.count ?? 0) >= MAX_ITEMS)
      throw new DetailedError(409, 'wishlist_full', `At most ${MAX_ITEMS} products`);
    await this.db.query(
      `INSERT INTO customer_wishlist (customer_id, product_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [customerId, productId],
    );
    return true;
  }

  async remove(customerId: string, productId: string): Promise<void> {
    await this.db.query(
      `DELETE FROM customer_wishlist WHERE customer_id = $1 AND product_id = $2`,
      [customerId, productId],
    );
  }

  /** A guest's list joins the account's (oldest first, so the guest's newest stays newest). */
  async merge(customerId: string, productIds: string[]): Promise<Wishlist> {
    for (const productId of [...new Set(productIds)].reverse()) {
      if (this.productExists(productId)) await this.add(customerId, productId).catch(() => false);
    }
    return this.get(customerId);
  }
}
