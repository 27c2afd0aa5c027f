import { createHash } from 'node:crypto';
import { CheckoutError } from './errors';
import type { PlaceOrderBody } from './order-request';
import type { Order, OrderRepository } from './order-repository';
import { shippingCost } from './shipping';
import type { CartService, CartView } from '../cart/cart-service';
import { HttpError, notFound } from '../http/errors';
import type { InventoryReservations } from '../inventory/reservations';
import type { StockLedger } from '../inventory/stock-ledger';
import { cardFingerprint, summarizeCard } from '../payment/cards';
import type { AuthorizeOutcome, PaymentGateway } from '../payment/payment-service';
import type { KeyedMutex } from '../shared/keyed-mutex';

export type PlaceOrderRequest = PlaceOrderBody;

export interface CheckoutDependencies {
  orders: OrderRepository;
  carts: CartService;
  ledger: StockLedger;
  reservations: InventoryReservations;
  payments: PaymentGateway;
  locks: KeyedMutex;
  /** How long to wait for an authorization before giving up and compensating. */
  paymentTimeoutMs: number;
}

const REPLAYED = { 'idempotency-replayed': 'true' };

export class CheckoutService {
  private readonly orders: OrderRepository;

  constructor(private readonly deps: CheckoutDependencies) {
    this.orders = deps.orders;
  }

  async get(orderId: string): Promise<Order> {
    const order = await this.orders.find(orderId);
    if (!order) throw notFound(`Order "${orderId}"`);
    return order;
  }

  /**
   * Serialized per idempotency key, so concurrent retries produce exactly one
   * order (and one charge); a replay returns the stored order, or the stored
   * failure of a paid checkout; a different body is refused.
   */
  placeOrder(key: string, request: PlaceOrderRequest): Promise<{ order: Order; replayed: boolean }> {
    const requestHash = hashRequest(request);
    return this.deps.locks.run(`idempotency:${key}`, async () => {
      const previous = await this.orders.findByKey(key);
      if (previous) {
        if (previous.requestHash !== requestHash) {
          throw new HttpError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request body');
        }
        if ('failure' in previous) {
          const { code, message, ...details } = previous.failure.error;
          throw new CheckoutError(previous.failure.status, code, message, details, REPLAYED);
        }
        return { order: await this.get(previous.orderId), replayed: true };
      }
      const order = request.payment
        ? await this.placePaidOrder(key, requestHash, request, request.payment)
        : await this.createOrder(key, requestHash, request);
      return { order, replayed: false };
    });
  }

  private async pricedCart(request: PlaceOrderRequest): Promise<CartView> {
    const cart = this.deps.carts.view(await this.deps.carts.load(request.cartId), request.locale);
    if (cart.lines.length === 0) throw new HttpError(422, 'cart_empty', 'The cart has no lines');
    return cart;
  }

  private async draftOrder(cart: CartView, request: PlaceOrderRequest, status: Order['status']): Promise<Order> {
    const shippingMethod = request.shippingMethod ?? (request.shippingAddress ? 'standard' : undefined);
    const shipping = shippingCost(shippingMethod, cart.currency);
    return {
      id: await this.orders.newOrderId(),
      cartId: cart.id, email: request.email, lines: cart.lines,
      subtotal: cart.subtotal, shipping,
      total: { amount: cart.subtotal.amount + shipping.amount, currency: cart.currency },
      currency: cart.currency,
      ...(request.shippingAddress ? { shippingAddress: request.shippingAddress } : {}),
      ...(shippingMethod ? { shippingMethod } : {}),
      status, createdAt: new Date().toISOString(),
    };
  }

  /** Unpaid checkout (no `payment` in the body): check stock, store the order, decrement stock. */
  private async createOrder(key: string, requestHash: string, request: PlaceOrderRequest): Promise<Order> {
    const { ledger } = this.deps;
    const cart = await this.pricedCart(request);
    for (const line of cart.lines) {
      const available = ledger.item(line.sku)?.available ?? 0;
      if (line.quantity > available) {
        throw new HttpError(422, 'insufficient_stock', `Only ${available} of ${line.sku} available`, { sku: line.sku, available });
      }
    }
    const order = await this.draftOrder(cart, request, 'confirmed');
    await this.orders.insert(order, key, requestHash);
    for (const line of cart.lines) {
      const available = ledger.item(line.sku)?.available ?? 0;
      await ledger.set(line.sku, Math.max(0, available - line.quantity));
    }
    return order;
  }

  /**
   * Saga: reserve stock → authorize → create order (pending) → capture →
   * confirm. A failing step compensates every completed one in reverse
   * (delete order, void authorization, release reservation); the cart is
   * never written. Gateway outcomes (declined, timed out) are stored under
   * the key so a retry with it replays the same failure.
   */
  private async placePaidOrder(key: string, requestHash: string, request: PlaceOrderRequest, payment: NonNullable<PlaceOrderRequest['payment']>): Promise<Order> {
    const { reservations, payments } = this.deps;
    const cart = await this.pricedCart(request);
    const draft = await this.draftOrder(cart, request, 'pending');
    const compensations: Array<() => Promise<unknown>> = [];
    const compensate = async () => {
      for (const undo of compensations.reverse()) {
        try {
          await undo();
        } catch (error) {
          console.error(JSON.stringify({ msg: 'checkout compensation failed', key, error: String(error) }));
        }
      }
    };

    try {
      const reservation = await reservations.reserve(cart.lines.map(({ sku, quantity }) => ({ sku, quantity })));
      compensations.push(() => reservations.release(reservation.id));

      // One gateway key per attempt (the draft's order id): a retry after an unstored failure must not replay a voided hold.
      const outcome = await this.authorizeWithTimeout({ amount: draft.total, card: payment.card, idempotencyKey: `checkout:${draft.id}` });
      if (outcome === 'timeout') {
        throw await this.storedFailure(key, requestHash, 402, 'payment_timeout',
          `The payment gateway did not answer within ${this.deps.paymentTimeoutMs} ms; nothing was charged`, {});
      }
      if (outcome.status === 'declined') {
        throw await this.storedFailure(key, requestHash, 402, 'payment_declined', outcome.message, { reason: outcome.code });
      }
      const authorization = outcome.authorization;
      compensations.push(() => payments.void(authorization.id));

      const { brand, last4 } = summarizeCard(payment.card);
      const order: Order = { ...draft, payment: { authorizationId: authorization.id, brand, last4, status: 'authorized' } };
      await this.orders.insert(order, key, requestHash);
      compensations.push(() => this.orders.remove(order.id, key));

      await payments.capture(authorization.id);
      const confirmed: Order = { ...order, status: 'confirmed', payment: { authorizationId: authorization.id, brand, last4, status: 'captured' } };
      await this.orders.update(confirmed);
      await reservations.commit(reservation.id);
      return confirmed;
    } catch (error) {
      await compensate();
      throw error;
    }
  }

  /**
   * Calls the gateway with a deadline. A late authorization is voided as
   * soon as it arrives, so a timed-out checkout never leaves a hold behind.
   */
  private async authorizeWithTimeout(request: Parameters<PaymentGateway['authorize']>[0]): Promise<AuthorizeOutcome | 'timeout'> {
    const { payments, paymentTimeoutMs } = this.deps;
    const pending = payments.authorize(request);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), paymentTimeoutMs);
    });
    try {
      const winner = await Promise.race([pending, deadline]);
      if (winner === 'timeout') {
        pending.then(
          (late) => (late.status === 'authorized' ? payments.void(late.authorization.id) : undefined),
        ).catch((error: unknown) => console.error(JSON.stringify({ msg: 'voiding a late authorization failed', error: String(error) })));
      }
      return winner;
    } finally {
      clearTimeout(timer);
    }
  }

  private async storedFailure(key: string, requestHash: string, status: number, code: string, message: string, details: Record<string, unknown>): Promise<CheckoutError> {
    await this.orders.insertFailure(key, requestHash, { status, error: { code, message, ...details } });
    return new CheckoutError(status, code, message, details);
  }
}

/** Requests without the newer fields hash as they always did, so keys stored before them still replay. */
function hashRequest(request: PlaceOrderRequest): string {
  const legacy = [request.cartId, request.email, request.locale];
  const hasNewFields = request.shippingAddress !== undefined || request.shippingMethod !== undefined || request.payment !== undefined;
  const material = hasNewFields
    ? [...legacy, request.shippingAddress ?? null, request.shippingMethod ?? null, request.payment ? cardFingerprint(request.payment.card) : null]
    : legacy;
  return createHash('sha256').update(JSON.stringify(material)).digest('hex');
}
