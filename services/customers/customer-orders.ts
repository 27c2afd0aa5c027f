import type { Order } from '../checkout/order-repository';
import type { Database, Queryable } from '../db/database';
import { z } from 'zod';
import { HttpError } from '../framework/errors';

/** Keyset cursor: the last listed order's time and id, base64url JSON. */
const cursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.string().max(32) });

function encodeCursor(position: z.infer<typeof cursorSchema>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decodeCursor(cursor: string): z.infer<typeof cursorSchema> {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new HttpError(400, 'invalid_cursor', 'cursor is not one this listing gave out');
  }
}

export interface OrderSummary {
  id: string;
  createdAt: string;
  status: Order['status'];
  total: Order['total'];
  itemCount: number;
}

/** The orders of an account, read from the checkout service's order table by `customer_id`. */
export class CustomerOrders {
  constructor(private readonly db: Database) {}

  /** Newest first; the cursor is the last order's (created_at, id). */
  async page(
    customerId: string,
    limit: number,
    cursor: string | undefined,
  ): Promise<{ orders: OrderSummary[]; nextCursor: string | null }> {
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    const { rows } = await this.db.query<{ order_json: Order; created_at: Date }>(
      `SELECT order_json, created_at FROM orders
       WHERE customer_id = $1 AND order_json->>'status' = 'confirmed'
         AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [customerId, after?.createdAt ?? null, after?.id ?? '', limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      orders: page.map(({ order_json: order }) => ({
        id: order.id,
        createdAt: order.createdAt,
        status: order.status,
        total: order.total,
        itemCount: order.lines.reduce((sum, line) => sum + line.quantity, 0),
      })),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({
              createdAt: new Date(last.created_at).toISOString(),
              id: last.order_json.id,
            })
          : null,
    };
  }

  /** One of the account's orders; undefined for any other order, existing or not. */
  async get(customerId: string, orderId: string): Promise<Order | undefined> {
    const { rows } = await this.db.query<{ order_json: Order }>(
      `SELECT order_json FROM orders WHERE id = $1 AND customer_id = $2`,
      [orderId, customerId],
    );
    return rows[0]?.order_json;
  }

  async all(customerId: string): Promise<Order[]> {
    const { rows } = await this.db.query<{ order_json: Order }>(
      `SELECT order_json FROM orders WHERE customer_id = $1 ORDER BY created_at DESC`,
      [customerId],
    );
    return rows.map((row) => row.order_json);
  }

  /** Guest orders placed with the e-mail the new account has just proven become its own. */
  async attachGuestOrders(tx: Queryable, customerId: string, email: string): Promise<void> {
    await tx.query(
      `UPDATE orders SET customer_id = $1
       WHERE customer_id IS NULL AND lower(order_json->>'email') = $2`,
      [customerId, email],
    );
  }

  /**
   * A deleted account's orders stay for the legal record without what identifies the shopper:
   * e-mail, name, street and the link to the account go; city, postal code and country stay.
   */
  async anonymize(tx: Queryable, customerId: string): Promise<void> {
    await tx.query(
      `UPDATE orders SET customer_id = NULL, order_json = jsonb_set(
         order_json || jsonb_build_object('email', 'deleted-' || id || '@invalid'),
         '{shippingAddress}',
         CASE WHEN order_json ? 'shippingAddress'
           THEN (order_json->'shippingAddress') - 'line2'
                || '{"name": "(deleted)", "line1": "(deleted)"}'::jsonb
           ELSE 'null'::jsonb END)
       WHERE customer_id = $1`,
      [customerId],
    );
  }
}
