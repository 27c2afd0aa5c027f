import type { CheckoutDraft } from './checkout-draft';
import type { AddLineKey } from './idempotency';
import type { Currency } from '../catalog/money';
import type { Database, Transaction } from '../db/database';
import type { PromoCode } from '../promotions/promo-code';
import { PROMO_COLUMNS, promoFromRow, type PromoCodeRow } from '../promotions/promo-repository';
import { randomId } from '../shared/random-id';

interface StoredCartLine {
  id: string;
  sku: string;
  quantity: number;
}

export type CartStatus = 'open' | 'ordered';

export interface StoredCart {
  id: string;
  currency: Currency;
  version: number;
  updatedAt: string;
  lines: StoredCartLine[];
  checkout: CheckoutDraft;
  status: CartStatus;
  /** Set once the cart's order is confirmed (status `ordered`). */
  orderId?: string;
  /** The code the shopper applied, read with its row (`found` is absent if it was deleted). */
  promo?: { code: string; found?: PromoCode };
}

interface CartRow {
  id: string;
  currency: Currency;
  version: number;
  updated_at: Date;
  checkout: CheckoutDraft;
  status: CartStatus;
  order_id: string | null;
  promo_code: string | null;
  promo: PromoCodeRow | null;
}

/** How long an add's Idempotency-Key is remembered: longer than an offline queue should wait, short enough to stay small. */
const ADD_KEY_WINDOW = "interval '24 hours'";

/**
 * Carts in PGlite. Every line write bumps the cart version in the same
 * transaction; the checkout draft and the ordered mark do not, because they
 * do not change what is in the cart.
 */
export class CartRepository {
  constructor(private readonly db: Database) {}

  async create(currency: Currency): Promise<StoredCart> {
    const id = randomId(16);
    await this.db.query('INSERT INTO carts (id, currency, version) VALUES ($1, $2, 1)', [
      id,
      currency,
    ]);
    const cart = await this.find(id);
    if (!cart) throw new Error(`Cart ${id} vanished after insert`);
    return cart;
  }

  async find(id: string): Promise<StoredCart | undefined> {
    const carts = await this.db.query<CartRow>(
      `SELECT c.id, c.currency, c.version, c.updated_at, c.checkout, c.status, c.order_id, c.promo_code,
         (SELECT row_to_json(p) FROM (SELECT ${PROMO_COLUMNS} FROM promo_codes WHERE code = c.promo_code) p) AS promo
       FROM carts c WHERE c.id = $1`,
      [id],
    );
    const cart = carts.rows[0];
    if (!cart) return undefined;
    const lines = await this.db.query<StoredCartLine>(
      'SELECT id, sku, quantity FROM cart_lines WHERE cart_id = $1 ORDER BY created_at, id',
      [id],
    );
    return {
      id: cart.id,
      currency: cart.currency,
      version: cart.version,
      updatedAt: cart.updated_at.toISOString(),
      lines: lines.rows,
      checkout: cart.checkout,
      status: cart.status,
      ...(cart.order_id ? { orderId: cart.order_id } : {}),
      ...(cart.promo_code
        ? {
            promo: {
              code: cart.promo_code,
              ...(cart.promo ? { found: promoFromRow(cart.promo) } : {}),
            },
          }
        : {}),
    };
  }

  /** The code a shopper applied (null removes it); like the draft, it does not change the lines. */
  async savePromoCode(cartId: string, code: string | null): Promise<void> {
    await this.db.query('UPDATE carts SET promo_code = $2 WHERE id = $1', [cartId, code]);
  }

  async saveCheckout(cartId: string, draft: CheckoutDraft): Promise<void> {
    await this.db.query('UPDATE carts SET checkout = $2 WHERE id = $1', [
      cartId,
      JSON.stringify(draft),
    ]);
  }

  /** Closes the cart for good; a no-op when it is already ordered. */
  async markOrdered(cartId: string, orderId: string): Promise<void> {
    await this.db.query(
      `UPDATE carts SET status = 'ordered', order_id = $2 WHERE id = $1 AND status = 'open'`,
      [cartId, orderId],
    );
  }

  /**
   * Inserts the SKU or sets the quantity of its existing line. An idempotency key is recorded in
   * the same transaction: a crash can never leave the line changed but the key unknown (which
   * would let a replay add twice), nor the key recorded for an add that did not happen.
   */
  async upsertLine(cartId: string, sku: string, quantity: number, key?: AddLineKey): Promise<void> {
    await this.write(cartId, async (tx) => {
      await tx.query(
        `INSERT INTO cart_lines (id, cart_id, sku, quantity) VALUES ($1, $2, $3, $4)
         ON CONFLICT (cart_id, sku) DO UPDATE SET quantity = EXCLUDED.quantity`,
        [randomId(8), cartId, sku, quantity],
      );
      if (!key) return;
      // Pruning on write keeps the table bounded without a background job.
      await tx.query(`DELETE FROM cart_add_keys WHERE created_at <= now() - ${ADD_KEY_WINDOW}`);
      // Defensive: the caller found no live row for this key, so any row left is an expired one to replace.
      await tx.query(
        `INSERT INTO cart_add_keys (cart_id, key, request_hash) VALUES ($1, $2, $3)
         ON CONFLICT (cart_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()`,
        [cartId, key.key, key.requestHash],
      );
    });
  }

  /** The body fingerprint an add with this key was applied with, if within the last 24 hours. */
  async findAddKey(cartId: string, key: string): Promise<string | undefined> {
    const result = await this.db.query<{ request_hash: string }>(
      `SELECT request_hash FROM cart_add_keys WHERE cart_id = $1 AND key = $2 AND created_at > now() - ${ADD_KEY_WINDOW}`,
      [cartId, key],
    );
    return result.rows[0]?.request_hash;
  }

  async setLineQuantity(cartId: string, lineId: string, quantity: number): Promise<void> {
    await this.write(cartId, (tx) =>
      tx.query('UPDATE cart_lines SET quantity = $3 WHERE cart_id = $1 AND id = $2', [
        cartId,
        lineId,
        quantity,
      ]),
    );
  }

  async deleteLine(cartId: string, lineId: string): Promise<void> {
    await this.write(cartId, (tx) =>
      tx.query('DELETE FROM cart_lines WHERE cart_id = $1 AND id = $2', [cartId, lineId]),
    );
  }

  private async write(
    cartId: string,
    change: (tx: Transaction) => Promise<unknown>,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      await change(tx);
      await tx.query('UPDATE carts SET version = version + 1, updated_at = now() WHERE id = $1', [
        cartId,
      ]);
    });
  }
}
