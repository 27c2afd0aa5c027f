import { createHash } from 'node:crypto';
import type { Order, OrderRepository } from './order-repository';
import type { CartService } from '../cart/cart-service';
import type { Locale } from '../catalog/locale';
import { HttpError, notFound } from '../http/errors';
import type { StockLedger } from '../inventory/stock-ledger';
import type { KeyedMutex } from '../shared/keyed-mutex';

export interface PlaceOrderRequest {
  cartId: string;
  email: string;
  locale: Locale;
}

export class CheckoutService {
  constructor(
    private readonly orders: OrderRepository,
    private readonly carts: CartService,
    private readonly ledger: StockLedger,
    private readonly locks: KeyedMutex,
  ) {}

  async get(orderId: string): Promise<Order> {
    const order = await this.orders.find(orderId);
    if (!order) throw notFound(`Order "${orderId}"`);
    return order;
  }

  /**
   * Serialized per idempotency key, so concurrent retries produce exactly one
   * order; a replay returns the stored order, a different body is refused.
   */
  placeOrder(key: string, request: PlaceOrderRequest): Promise<{ order: Order; replayed: boolean }> {
    const requestHash = createHash('sha256').update(JSON.stringify([request.cartId, request.email, request.locale])).digest('hex');
    return this.locks.run(`idempotency:${key}`, async () => {
      const previous = await this.orders.findByKey(key);
      if (previous) {
        if (previous.requestHash !== requestHash) {
          throw new HttpError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request body');
        }
        return { order: await this.get(previous.orderId), replayed: true };
      }
      return { order: await this.createOrder(key, requestHash, request), replayed: false };
    });
  }

  private async createOrder(key: string, requestHash: string, request: PlaceOrderRequest): Promise<Order> {
    const cart = this.carts.view(await this.carts.load(request.cartId), request.locale);
    if (cart.lines.length === 0) throw new HttpError(422, 'cart_empty', 'The cart has no lines');
    for (const line of cart.lines) {
      const available = this.ledger.item(line.sku)?.available ?? 0;
      if (line.quantity > available) {
        throw new HttpError(422, 'insufficient_stock', `Only ${available} of ${line.sku} available`, { sku: line.sku, available });
      }
    }
    const order: Order = {
      id: await this.orders.newOrderId(),
      cartId: cart.id, email: request.email, lines: cart.lines,
      subtotal: cart.subtotal, total: cart.subtotal, currency: cart.currency,
      status: 'confirmed', createdAt: new Date().toISOString(),
    };
    await this.orders.insert(order, key, requestHash);
    for (const line of cart.lines) {
      const available = this.ledger.item(line.sku)?.available ?? 0;
      await this.ledger.set(line.sku, Math.max(0, available - line.quantity));
    }
    return order;
  }
}
