import { z } from 'zod';
import type { CheckoutService } from './checkout-service';
import { parsePlaceOrderBody } from './order-request';
import { shippingRates } from './shipping';
import { currencySchema } from '../catalog/money';
import { HttpError } from '../framework/errors';
import type { Route } from '../framework/types';
import { validate, validateQuery } from '../framework/validate';

const idempotencyKey = z.string().min(8).max(128);
const ratesQuery = z.object({ currency: currencySchema });
// Any e-mail-ish text is looked up: a typo answers the same 404 as a wrong address.
const lookupBody = z
  .object({ orderId: z.string().trim().min(1).max(100), email: z.string().min(1).max(254) })
  .strict();

export function checkoutRoutes(checkout: CheckoutService): Route[] {
  return [
    {
      method: 'POST',
      template: '/checkout/orders',
      service: 'checkout',
      handler: async ({ headers, readJson }) => {
        const key = idempotencyKey.safeParse(headers['idempotency-key']);
        if (!key.success) {
          throw new HttpError(
            400,
            'idempotency_key_required',
            'Idempotency-Key header is required (8 to 128 characters)',
          );
        }
        const request = parsePlaceOrderBody(await readJson());
        const { order, replayed } = await checkout.placeOrder(key.data, request);
        const replayHeaders: Record<string, string> = replayed
          ? { 'idempotency-replayed': 'true' }
          : {};
        return { status: replayed ? 200 : 201, json: order, headers: replayHeaders };
      },
    },
    {
      method: 'POST',
      template: '/checkout/orders/lookup',
      service: 'checkout',
      handler: async ({ readJson }) => {
        const { orderId, email } = validate(lookupBody, await readJson());
        return { status: 200, json: await checkout.lookup(orderId, email) };
      },
    },
    {
      method: 'GET',
      template: '/checkout/orders/{orderId}',
      service: 'checkout',
      handler: async ({ params }) => ({
        status: 200,
        json: await checkout.get(params.orderId ?? ''),
      }),
    },
    {
      method: 'GET',
      template: '/checkout/shipping-rates',
      service: 'checkout',
      handler: ({ query }) => ({
        status: 200,
        json: { rates: shippingRates(validateQuery(ratesQuery, query).currency) },
      }),
    },
  ];
}
