import { createHash } from 'node:crypto';
import type { MailOutbox } from '../mail/mail-outbox';
import type { PaymentSource, PlaceOrderBody } from './order-request';
import { newAccessToken, type Order, type OrderRepository } from './order-repository';
import { priceOrder } from './order-pricing';
import type { StoredCart } from '../cart/cart-repository';
import type { CartService, CartView } from '../cart/cart-service';
import { DetailedError, HttpError, notFound } from '../framework/errors';
import type { InventoryReservations } from '../inventory/reservations';
import type { StockLedger } from '../inventory/stock-ledger';
import { cardFingerprint, summarizeCard, type Card, type CardSummary } from '../payment/cards';
import type { PaymentMethodVault } from '../payment/payment-methods';
import type { AuthorizeOutcome, PaymentGateway } from '../payment/payment-service';
import type { PromoRepository } from '../promotions/promo-repository';
import { promoRejected } from '../promotions/promo-rejected';
import type { KeyedMutex } from '../shared/keyed-mutex';

export type PlaceOrderRequest = PlaceOrderBody;

export interface CheckoutDependencies {
  orders: OrderRepository;
  carts: CartService;
  ledger: StockLedger;
  reservations: InventoryReservations;
  payments: PaymentGateway;
  /** Tokenized cards (`payment.methodId`). */
  methods: Pick<PaymentMethodVault, 'resolve'>;
  locks: KeyedMutex;
  /** How long to wait for an authorization before giving up and compensating. */
  paymentTimeoutMs: number;
  /** The order confirmation goes out through it, after the order is confirmed. */
  outbox: Pick<MailOutbox, 'enqueue'>;
  /** An order with a code takes one of its uses, and gives it back if the checkout fails. */
  promoCodes: Pick<PromoRepository, 'claim' | 'release'>;
}

/** What an order is priced from: the cart's lines and the code applied to it. */
interface OrderableCart {
  view: CartView;
  promo: StoredCart['promo'];
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
   * The shopper's way back to an order: its id and the e-mail it was placed
   * with. Unknown ids, other e-mails and orders still capturing get the same
   * 404, so the answer never reveals which orders exist.
   */
  async lookup(orderId: string, email: string): Promise<Order> {
    const order = await this.orders.find(orderId);
    if (
      !order ||
      order.status !== 'confirmed' ||
      normalizeEmail(order.email) !== normalizeEmail(email)
    ) {
      throw new HttpError(404, 'order_not_found', 'No order with this number and e-mail address');
    }
    return order;
  }

  /**
   * Serialized per idempotency key, so concurrent retries produce exactly one
   * order (and one charge); a replay returns the stored order, or the stored
   * failure of a paid checkout; a different body is refused. Then serialized
   * per cart: a cart makes at most one order, whatever keys are used.
   */
  placeOrder(
    key: string,
    request: PlaceOrderRequest,
  ): Promise<{ order: Order; replayed: boolean }> {
    const requestHash = hashRequest(request);
    return this.deps.locks.run(`idempotency:${key}`, async () => {
      const previous = await this.orders.findByKey(key);
      if (previous) {
        if (previous.requestHash !== requestHash) {
          throw new HttpError(
            422,
            'idempotency_key_reused',
            'This Idempotency-Key was already used with a different request body',
          );
        }
        if ('failure' in previous) {
          const { code, message, ...details } = previous.failure.error;
          throw new DetailedError(previous.failure.status, code, message, details, REPLAYED);
        }
        return { order: await this.get(previous.orderId), replayed: true };
      }
      const order = await this.deps.carts.placingOrder(
        request.cartId,
        async (stored, markOrdered) => {
          const cart = this.orderableCart(stored, request);
          const placed = request.payment
            ? await this.placePaidOrder(
                key,
                requestHash,
                request,
                cart,
                this.paymentCard(request.payment),
              )
            : await this.createOrder(key, requestHash, request, cart);
          await markOrdered(placed.id);
          return placed;
        },
      );
      return { order, replayed: false };
    });
  }

  private orderableCart(stored: StoredCart, request: PlaceOrderRequest): OrderableCart {
    if (stored.status === 'ordered') {
      throw new DetailedError(409, 'cart_already_ordered', 'This cart has already been ordered', {
        orderId: stored.orderId,
      });
    }
    const cart = this.deps.carts.view(stored, request.locale);
    if (cart.lines.length === 0) throw new HttpError(422, 'cart_empty', 'The cart has no lines');
    return { view: cart, promo: stored.promo };
  }

  /** The card to authorize; a tokenized one must still be live at the payment service. */
  private paymentCard(source: PaymentSource): { card: Card; summary: CardSummary } {
    if ('card' in source) return { card: source.card, summary: summarizeCard(source.card) };
    const resolved = this.deps.methods.resolve(source.methodId);
    if (!resolved) {
      throw new DetailedError(
        422,
        'payment_method_invalid',
        'The payment method is unknown or has expired; enter the card again',
        { fields: { 'payment.methodId': 'invalid' } },
      );
    }
    return { card: resolved.card, summary: summarizeCard(resolved.card) };
  }

  /**
   * Prices the order exactly as the cart showed it (services/checkout/order-pricing). A code that
   * stopped applying (expired, disabled, used up) refuses the order with its reason rather than
   * charging more than the shopper saw; so does any other change from `expectedTotal`.
   */
  private async draftOrder(
    { view: cart, promo }: OrderableCart,
    request: PlaceOrderRequest,
    status: Order['status'],
  ): Promise<Order> {
    const shippingMethod =
      request.shippingMethod ?? (request.shippingAddress ? 'standard' : undefined);
    const { totals, promotion } = priceOrder({
      subtotal: cart.subtotal,
      shippingMethod,
      shippingAddress: request.shippingAddress,
      promo,
    });
    if (promotion && !promotion.applied)
      throw promoRejected(promotion.reason ?? 'unknown', promotion.minSubtotal);
    if (request.expectedTotal !== undefined && request.expectedTotal !== totals.total.amount) {
      throw new DetailedError(
        409,
        'total_changed',
        'The order total is not the one the shopper was shown; show the new total first',
        { total: totals.total },
      );
    }
    return {
      id: await this.orders.newOrderId(),
      cartId: cart.id,
      email: request.email,
      locale: request.locale,
      accessToken: newAccessToken(),
      lines: cart.lines,
      subtotal: totals.subtotal,
      ...(totals.discount ? { discount: totals.discount } : {}),
      ...(promotion
        ? { promotion: { code: promotion.code, freeShipping: promotion.freeShipping } }
        : {}),
      shipping: totals.shipping ?? { amount: 0, currency: cart.currency },
      ...(totals.tax ? { tax: totals.tax } : {}),
      total: totals.total,
      currency: cart.currency,
      ...(request.shippingAddress ? { shippingAddress: request.shippingAddress } : {}),
      ...(shippingMethod ? { shippingMethod } : {}),
      status,
      createdAt: new Date().toISOString(),
    };
  }

  /** Takes one use of the order's code, if it has one; a limit reached refuses the order. */
  private async claimPromotion(order: Order, request: PlaceOrderRequest): Promise<void> {
    if (!order.promotion) return;
    const customerKey = request.customerId
      ? `customer:${request.customerId}`
      : `email:${normalizeEmail(request.email)}`;
    const refused = await this.deps.promoCodes.claim(order.promotion.code, order.id, customerKey);
    if (refused) throw promoRejected(refused);
  }

  /** Unpaid checkout (no `payment` in the body): check stock, store the order, decrement stock. */
  private async createOrder(
    key: string,
    requestHash: string,
    request: PlaceOrderRequest,
    orderable: OrderableCart,
  ): Promise<Order> {
    const { ledger } = this.deps;
    const cart = orderable.view;
    for (const line of cart.lines) {
      const available = ledger.item(line.sku)?.available ?? 0;
      if (line.quantity > available) {
        throw new HttpError(
          422,
          'insufficient_stock',
          `Only ${available} of ${line.sku} available`,
          { sku: line.sku, available },
        );
      }
    }
    const order = await this.draftOrder(orderable, request, 'confirmed');
    await this.claimPromotion(order, request);
    try {
      await this.orders.insert(order, key, requestHash, request.customerId);
    } catch (error) {
      await this.deps.promoCodes.release(order.id);
      throw error;
    }
    for (const line of cart.lines) {
      const available = ledger.item(line.sku)?.available ?? 0;
      await ledger.set(line.sku, Math.max(0, available - line.quantity));
    }
    await this.sendConfirmation(order);
    return order;
  }

  /**
   * Saga: reserve stock → authorize → create order (pending) → capture →
   * confirm. A failing step compensates every completed one in reverse
   * (delete order, void authorization, release reservation); the cart stays
   * open and unchanged. Gateway outcomes (declined, timed out) are stored
   * under the key so a retry with it replays the same failure. A crash in the
   * middle is settled at the next start-up (see recovery.ts).
   */
  private async placePaidOrder(
    key: string,
    requestHash: string,
    request: PlaceOrderRequest,
    orderable: OrderableCart,
    payment: { card: Card; summary: CardSummary },
  ): Promise<Order> {
    const { reservations, payments } = this.deps;
    const cart = orderable.view;
    const draft = await this.draftOrder(orderable, request, 'pending');
    const compensations: Array<() => Promise<unknown>> = [];
    const compensate = async () => {
      for (const undo of compensations.reverse()) {
        try {
          await undo();
        } catch (error) {
          console.error(
            JSON.stringify({ msg: 'checkout compensation failed', key, error: String(error) }),
          );
        }
      }
    };

    try {
      const reservation = await reservations.reserve(
        cart.lines.map(({ sku, quantity }) => ({ sku, quantity })),
        draft.id,
      );
      compensations.push(() => reservations.release(reservation.id));
      await this.claimPromotion(draft, request);
      compensations.push(() => this.deps.promoCodes.release(draft.id));

      // One gateway key per attempt (the draft's order id): a retry after an unstored failure must not replay a voided hold.
      const outcome = await this.authorizeWithTimeout({
        amount: draft.total,
        card: payment.card,
        idempotencyKey: `checkout:${draft.id}`,
      });
      if (outcome === 'timeout') {
        throw await this.storedFailure(
          key,
          requestHash,
          402,
          'payment_timeout',
          `The payment gateway did not answer within ${this.deps.paymentTimeoutMs} ms; nothing was charged`,
          {},
        );
      }
      if (outcome.status === 'declined') {
        throw await this.storedFailure(key, requestHash, 402, 'payment_declined', outcome.message, {
          reason: outcome.code,
        });
      }
      const authorization = outcome.authorization;
      compensations.push(() => payments.void(authorization.id));

      const { brand, last4 } = payment.summary;
      const order: Order = {
        ...draft,
        payment: { authorizationId: authorization.id, brand, last4, status: 'authorized' },
      };
      await this.orders.insert(order, key, requestHash, request.customerId);
      compensations.push(() => this.orders.remove(order.id));

      await payments.capture(authorization.id);
      const confirmed: Order = {
        ...order,
        status: 'confirmed',
        payment: { authorizationId: authorization.id, brand, last4, status: 'captured' },
      };
      await this.orders.update(confirmed);
      await reservations.commit(reservation.id);
      await this.sendConfirmation(confirmed);
      return confirmed;
    } catch (error) {
      await compensate();
      throw error;
    }
  }

  /** Queues the confirmation mail; a failure to queue it is logged and never fails the order. */
  private async sendConfirmation(order: Order): Promise<void> {
    await this.deps.outbox
      .enqueue({
        kind: 'order-confirmation',
        to: order.email,
        locale: order.locale,
        data: { order },
      })
      .catch((error: unknown) =>
        console.error(
          JSON.stringify({
            msg: 'order confirmation not queued',
            orderId: order.id,
            error: String(error),
          }),
        ),
      );
  }

  /**
   * Calls the gateway with a deadline. A late authorization is voided as
   * soon as it arrives, so a timed-out checkout never leaves a hold behind.
   */
  private async authorizeWithTimeout(
    request: Parameters<PaymentGateway['authorize']>[0],
  ): Promise<AuthorizeOutcome | 'timeout'> {
    const { payments, paymentTimeoutMs } = this.deps;
    const pending = payments.authorize(request);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), paymentTimeoutMs);
    });
    try {
      const winner = await Promise.race([pending, deadline]);
      if (winner === 'timeout') {
        pending
          .then((late) =>
            late.status === 'authorized' ? payments.void(late.authorization.id) : undefined,
          )
          .catch((error: unknown) =>
            console.error(
              JSON.stringify({ msg: 'voiding a late authorization failed', error: String(error) }),
            ),
          );
      }
      return winner;
    } finally {
      clearTimeout(timer);
    }
  }

  private async storedFailure(
    key: string,
    requestHash: string,
    status: number,
    code: string,
    message: string,
    details: Record<string, unknown>,
  ): Promise<DetailedError> {
    await this.orders.insertFailure(key, requestHash, {
      status,
      error: { code, message, ...details },
    });
    return new DetailedError(status, code, message, details);
  }
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Requests without the newer fields hash as they always did, so keys stored
 * before them still replay. A tokenized card hashes by its method id: the
 * card behind it is the PSP's business.
 */
function hashRequest(request: PlaceOrderRequest): string {
  const legacy = [request.cartId, request.email, request.locale];
  const { payment } = request;
  const hasNewFields =
    request.shippingAddress !== undefined ||
    request.shippingMethod !== undefined ||
    payment !== undefined;
  const paymentMaterial =
    payment === undefined
      ? null
      : 'card' in payment
        ? cardFingerprint(payment.card)
        : `method:${payment.methodId}`;
  const material: unknown[] = hasNewFields
    ? [...legacy, request.shippingAddress ?? null, request.shippingMethod ?? null, paymentMaterial]
    : legacy;
  if (request.expectedTotal !== undefined) material.push(request.expectedTotal);
  return createHash('sha256').update(JSON.stringify(material)).digest('hex');
}
