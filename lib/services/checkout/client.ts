import type { Locale } from '@/lib/i18n/markets';
import { lazyServiceClient } from '../http/create-client';
import type { Result } from '../http/result';
import { settle } from '../http/settle';
import type { components, paths } from './schema';
import { orderSchema } from './validation';

export type Order = components['schemas']['Order'];

export interface PlaceOrderRequest {
  cartId: string;
  email: string;
  locale?: Locale;
}

const api = lazyServiceClient<paths>('checkout');

const op = (operation: string) => ({ service: 'checkout', operation });

export const checkout = {
  /**
   * The caller creates the key once per checkout attempt and sends the same one when the
   * shopper retries after a timeout or a double click: the service then answers with the
   * order it already placed instead of charging twice.
   */
  async placeOrder(request: PlaceOrderRequest, idempotencyKey: string): Promise<Result<Order>> {
    return settle(
      op('placeOrder'),
      api().POST('/checkout/orders', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body: request,
        cache: 'no-store',
      }),
      orderSchema,
    );
  },

  async getOrder(orderId: string): Promise<Result<Order>> {
    return settle(
      op('getOrder'),
      api().GET('/checkout/orders/{orderId}', { params: { path: { orderId } }, cache: 'no-store' }),
      orderSchema,
    );
  },
};
