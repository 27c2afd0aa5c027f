import { z } from 'zod';
import type { CheckoutService } from './checkout-service';
import { CheckoutError } from './errors';
import { parsePlaceOrderBody } from './order-request';
import { HttpError } from '../http/errors';
import type { HttpResult, Route } from '../http/types';

const idempotencyKey = z.string().min(8).max(128);

/** Checkout errors carry their details inside `error` (fields, reason). */
async function rendering(work: () => Promise<HttpResult>): Promise<HttpResult> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CheckoutError) return error.toResult();
    throw error;
  }
}

export function checkoutRoutes(checkout: CheckoutService): Route[] {
  return [
    {
      method: 'POST', template: '/checkout/orders', service: 'checkout',
      handler: ({ headers, readJson }) => rendering(async () => {
        const key = idempotencyKey.safeParse(headers['idempotency-key']);
        if (!key.success) {
          throw new HttpError(400, 'idempotency_key_required', 'Idempotency-Key header is required (8 to 128 characters)');
        }
        const request = parsePlaceOrderBody(await readJson());
        const { order, replayed } = await checkout.placeOrder(key.data, request);
        const replayHeaders: Record<string, string> = replayed ? { 'idempotency-replayed': 'true' } : {};
        return { status: replayed ? 200 : 201, json: order, headers: replayHeaders };
      }),
    },
    {
      method: 'GET', template: '/checkout/orders/{orderId}', service: 'checkout',
      handler: async ({ params }) => ({ status: 200, json: await checkout.get(params.orderId ?? '') }),
    },
  ];
}
