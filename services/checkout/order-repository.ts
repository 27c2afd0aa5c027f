import { randomInt } from 'node:crypto';
import type { ShippingAddress } from './address';
import type { OrderTax } from './order-pricing';
import type { ShippingMethod } from './shipping';
import type { LineView } from '../cart/line-view';
import type { Locale } from '../catalog/locale';
import type { Currency, Money } from '../catalog/money';
import type { Database } from '../db/database';
import type { CardBrand } from '../payment/cards';
import { randomId } from '../shared/random-id';

interface OrderPayment {
  authorizationId: string;
  brand: CardBrand;
  last4: string;
  status: 'authorized' | 'captured';
}

export interface Order {
  id: string;
  cartId: string;
  email: string;
  /** Language the order was placed in (line names, later e-mails). */
  locale: Locale;
  /**
   * Unguessable secret handed to the shopper with the order: the storefront
   * shows an order page to whoever presents it (or the order id + e-mail via lookup).
   */
  accessToken: string;
  lines: LineView[];
  subtotal: Money;
  /** Taken off the goods by the promo code. */
  discount?: Money;
  /** The code the order used. */
  promotion?: { code: string; freeShipping: boolean };
  /** Zero when no shipping method was chosen (or a code made it free). */
  shipping: Money;
  /** Net, tax per rate and the tax total; absent on orders from before taxes, and on exports. */
  tax?: OrderTax;
  /** subtotal − discount + shipping, plus the tax where prices exclude it (US). */
  total: Money;
  currency: Currency;
  shippingAddress?: ShippingAddress;
  shippingMethod?: ShippingMethod;
  payment?: OrderPayment;
  /** `pending` only while a paid checkout captures its payment. */
  status: 'pending' | 'confirmed';
  createdAt: string;
}

/** A stored outcome of a failed paid checkout, replayed for the same key. */
export interface StoredFailure {
  status: number;
  error: { code: string; message: string } & Record<string, unknown>;
}

export type KeyRecord =
  { requestHash: string; orderId: string } | { requestHash: string; failure: StoredFailure };

/** 32 random bytes, 43 base64url characters. */
export function newAccessToken(): string {
  return randomId(32);
}

const ORDER_ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const IDEMPOTENCY_WINDOW = "interval '24 hours'";

/** Orders are stored as JSON snapshots; idempotency keys point at them (or at a failure) for 24 hours. */
export class OrderRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<Order | undefined> {
    const result = await this.db.query<{ order_json: Order }>(
      'SELECT order_json FROM orders WHERE id = $1',
      [id],
    );
    const order = result.rows[0]?.order_json;
    if (!order) return undefined;
    // Orders stored before these fields existed: no shipping means none was charged; a token is minted once.
    const completed = {
      ...order,
      shipping: order.shipping ?? { amount: 0, currency: order.currency },
      locale: order.locale ?? 'en-US',
    };
    if (order.accessToken) return completed;
    const withToken = { ...completed, accessToken: newAccessToken() };
    await this.update(withToken);
    return withToken;
  }

  /** Orders a crash left half-way through the saga. */
  async pending(): Promise<Order[]> {
    const result = await this.db.query<{ id: string }>(
      `SELECT id FROM orders WHERE order_json->>'status' = 'pending'`,
    );
    const orders = await Promise.all(result.rows.map((row) => this.find(row.id)));
    return orders.filter((order) => order !== undefined);
  }

  async findByKey(key: string): Promise<KeyRecord | undefined> {
    const result = await this.db.query<{ request_hash: string; order_id: string }>(
      `SELECT request_hash, order_id FROM idempotency_keys WHERE key = $1 AND created_at > now() - ${IDEMPOTENCY_WINDOW}`,
      [key],
    );
    const row = result.rows[0];
    if (row) return { requestHash: row.request_hash, orderId: row.order_id };
    const failures = await this.db.query<{
      request_hash: string;
      status: number;
      error: StoredFailure['error'];
    }>(
      `SELECT request_hash, status, error FROM checkout_failures WHERE key = $1 AND created_at > now() - ${IDEMPOTENCY_WINDOW}`,
      [key],
    );
    const failure = failures.rows[0];
    return (
      failure && {
        requestHash: failure.request_hash,
        failure: { status: failure.status, error: failure.error },
      }
    );
  }

  /** Confirmed orders whose cart was never closed (a crash between confirming and closing). */
  async confirmedWithOpenCart(): Promise<Array<{ orderId: string; cartId: string }>> {
    const result = await this.db.query<{ order_id: string; cart_id: string }>(
      `SELECT o.id AS order_id, o.cart_id FROM orders o JOIN carts c ON c.id = o.cart_id
       WHERE c.status = 'open' AND o.order_json->>'status' = 'confirmed' ORDER BY o.created_at`,
    );
    return result.rows.map((row) => ({ orderId: row.order_id, cartId: row.cart_id }));
  }

  async newOrderId(): Promise<string> {
    for (;;) {
      const id = `ORD-${Array.from({ length: 6 }, () => ORDER_ID_ALPHABET[randomInt(ORDER_ID_ALPHABET.length)]).join('')}`;
      if (!(await this.find(id))) return id;
    }
  }

  /** `customerId`: the account whose history the order joins (a guest order has none). */
  async insert(order: Order, key: string, requestHash: string, customerId?: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `DELETE FROM idempotency_keys WHERE created_at <= now() - ${IDEMPOTENCY_WINDOW}`,
      );
      await tx.query(
        `DELETE FROM checkout_failures WHERE created_at <= now() - ${IDEMPOTENCY_WINDOW}`,
      );
      await tx.query(
        'INSERT INTO orders (id, cart_id, order_json, customer_id) VALUES ($1, $2, $3, $4)',
        [order.id, order.cartId, JSON.stringify(order), customerId ?? null],
      );
      await tx.query(
        'INSERT INTO idempotency_keys (key, request_hash, order_id) VALUES ($1, $2, $3)',
        [key, requestHash, order.id],
      );
    });
  }

  async update(order: Order): Promise<void> {
    await this.db.query('UPDATE orders SET order_json = $2 WHERE id = $1', [
      order.id,
      JSON.stringify(order),
    ]);
  }

  /** Compensation of `insert`: the order and its key disappear together, so the key may run again. */
  async remove(orderId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM idempotency_keys WHERE order_id = $1', [orderId]);
      await tx.query('DELETE FROM orders WHERE id = $1', [orderId]);
    });
  }

  async insertFailure(key: string, requestHash: string, failure: StoredFailure): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `DELETE FROM idempotency_keys WHERE created_at <= now() - ${IDEMPOTENCY_WINDOW}`,
      );
      await tx.query(
        `DELETE FROM checkout_failures WHERE created_at <= now() - ${IDEMPOTENCY_WINDOW}`,
      );
      await tx.query(
        'INSERT INTO checkout_failures (key, request_hash, status, error) VALUES ($1, $2, $3, $4)',
        [key, requestHash, failure.status, JSON.stringify(failure.error)],
      );
    });
  }
}
