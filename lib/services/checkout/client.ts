import { serverEnv } from '@/lib/env/server';
import { lazyServiceClient } from '../transport/create-client';
import { ok, type Result } from '../transport/result';
import { settle } from '../transport/settle';
import type { components, paths } from './schema';
import { orderSchema, shippingRatesSchema } from './validation';

type Schemas = components['schemas'];
export type Order = Schemas['Order'];
export type ShippingRate = Schemas['ShippingRate'];
export type ShippingMethod = Schemas['ShippingMethod'];
export type ShippingAddress = Schemas['ShippingAddress'];
export type CheckoutCurrency = Schemas['Currency'];
/** cartId, email, locale, shippingAddress, shippingMethod and payment `{ methodId }` (a tokenized card) or `{ card }`. */
export type PlaceOrderRequest = Schemas['PlaceOrderBody'];

// Placing an order waits for the payment gateway (up to its own deadline), so it gets longer than a read.
const api = lazyServiceClient<paths>('checkout', () => ({
  timeoutMs: serverEnv().CHECKOUT_TIMEOUT_MS,
}));

const op = (operation: string) => ({ service: 'checkout', operation });

// Orders and their outcomes are per shopper and per attempt: Next must never cache them.
const uncached = { cache: 'no-store' } as const;

export const checkout = {
  /**
   * The caller creates the key once per checkout attempt and sends the same one when the
   * shopper retries after a timeout or a double click: the service then answers with the
   * order it already placed instead of charging twice. Failures a shopper can act on:
   * 400 invalid_request (`error.fields`), 402 payment_declined / payment_timeout,
   * 409 cart_already_ordered, 422 cart_empty / insufficient_stock / payment_method_invalid.
   */
  async placeOrder(request: PlaceOrderRequest, idempotencyKey: string): Promise<Result<Order>> {
    return settle(
      op('placeOrder'),
      api().POST('/checkout/orders', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body: request,
        ...uncached,
      }),
      orderSchema,
    );
  },

  /** Every shipping method with its price in `currency` and its delivery promise in days. */
  async shippingRates(currency: CheckoutCurrency): Promise<Result<ShippingRate[]>> {
    const result = await settle(
      op('shippingRates'),
      api().GET('/checkout/shipping-rates', { params: { query: { currency } }, ...uncached }),
      shippingRatesSchema,
    );
    return result.ok ? ok(result.value.rates) : result;
  },

  /**
   * A shopper's own order by its number and the e-mail it was placed with. Unknown number and
   * wrong e-mail are the same 404 (`order_not_found`), so check with `isNotFound`.
   */
  async lookupOrder(orderId: string, email: string): Promise<Result<Order>> {
    return settle(
      op('lookupOrder'),
      api().POST('/checkout/orders/lookup', { body: { orderId, email }, ...uncached }),
      orderSchema,
    );
  },

  /** Backend-only read with no access check: the caller decides who may see it (e.g. by `accessToken`). */
  async getOrder(orderId: string): Promise<Result<Order>> {
    return settle(
      op('getOrder'),
      api().GET('/checkout/orders/{orderId}', { params: { path: { orderId } }, ...uncached }),
      orderSchema,
    );
  },
};
