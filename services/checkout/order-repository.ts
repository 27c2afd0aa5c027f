import { randomInt } from 'node:crypto';
import type { LineView } from '../cart/line-view';
import type { Currency, Money } from '../catalog/money';
import type { Database } from '../db/database';

export interface Order {
  id: string;
  cartId: string;
  email: string;
  lines: LineView[];
  subtotal: Money;
  total: Money;
  currency: Currency;
  status: 'confirmed';
  createdAt: string;
}

const ORDER_ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const IDEMPOTENCY_WINDOW = "interval '24 hours'";

/** Orders are stored as JSON snapshots; idempotency keys point at them for 24 hours. */
export class OrderRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<Order | undefined> {
    const result = await this.db.query<{ order_json: Order }>('SELECT order_json FROM orders WHERE id = $1', [id]);
    return result.rows[0]?.order_json;
  }

  async findByKey(key: string): Promise<{ requestHash: string; orderId: string } | undefined> {
    const result = await this.db.query<{ request_hash: string; order_id: string }>(
      `SELECT request_hash, order_id FROM idempotency_keys WHERE key = $1 AND created_at > now() - ${IDEMPOTENCY_WINDOW}`, [key]);
    const row = result.rows[0];
    return row && { requestHash: row.request_hash, orderId: row.order_id };
  }

  async newOrderId(): Promise<string> {
    for (;;) {
      const id = `ORD-${Array.from({ length: 6 }, () => ORDER_ID_ALPHABET[randomInt(ORDER_ID_ALPHABET.length)]).join('')}`;
      if (!(await this.find(id))) return id;
    }
  }

  async insert(order: Order, key: string, requestHash: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM idempotency_keys WHERE created_at <= now() - ${IDEMPOTENCY_WINDOW}`);
      await tx.query('INSERT INTO orders (id, cart_id, order_json) VALUES ($1, $2, $3)', [order.id, order.cartId, JSON.stringify(order)]);
      await tx.query('INSERT INTO idempotency_keys (key, request_hash, order_id) VALUES ($1, $2, $3)', [key, requestHash, order.id]);
    });
  }
}
