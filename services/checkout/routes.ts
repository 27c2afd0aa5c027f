import { z } from 'zod';
import type { CheckoutService } from './checkout-service';
import { localeSchema } from '../catalog/locale';
import { HttpError } from '../http/errors';
import type { Route } from '../http/types';
import { validate } from '../http/validate';

const orderBody = z.object({
  cartId: z.string().min(1).max(100),
  email: z.email().max(254),
  locale: localeSchema.default('en-US'),
}).strict();

const idempotencyKey = z.string().min(8).max(128);

export function checkoutRoutes(checkout: CheckoutService): Route[] {
  return [
    {
      method: 'POST', template: '/checkout/orders', service: 'checkout',
      handler: async ({ headers, readJson }) => {
        const key = idempotencyKey.safeParse(headers['idempotency-key']);
        if (!key.success) {
          throw new HttpError(400, 'idempotency_key_required', 'Idempotency-Key header is required (8 to 128 characters)');
        }
        const request = validate(orderBody, await readJson());
        const { order, replayed } = await checkout.placeOrder(key.data, request);
        return { status: replayed ? 200 : 201, json: order };
      },
    },
    {
      method: 'GET', template: '/checkout/orders/{orderId}', service: 'checkout',
      handler: async ({ params }) => ({ status: 200, json: await checkout.get(params.orderId ?? '') }),
    },
  ];
}
