import { z } from 'zod';
import { cardFormSchema } from './card-form';
import { cardSchema, moneySchema } from './cards';
import type { PaymentMethodVault } from './payment-methods';
import type { ReferencePaymentGateway } from './payment-service';
import { HttpError } from '../framework/errors';
import { parseFields } from '../framework/field-errors';
import type { Route } from '../framework/types';
import { validate } from '../framework/validate';

const authorizeBody = z
  .object({
    amount: moneySchema,
    card: cardSchema,
    idempotencyKey: z.string().min(8).max(128).optional(),
  })
  .strict();

const createMethodBody = z.object({ card: cardFormSchema }).strict();

// Routes are counted under 'checkout': the payment module is checkout's in-process dependency
// and the ServiceName list lives outside this module.
export function paymentRoutes(
  gateway: ReferencePaymentGateway,
  methods: PaymentMethodVault,
): Route[] {
  return [
    {
      method: 'POST',
      template: '/payment/methods',
      service: 'checkout',
      handler: async ({ readJson }) => {
        const { card } = parseFields(createMethodBody, await readJson());
        return { status: 201, json: methods.create(card) };
      },
    },
    {
      method: 'POST',
      template: '/payment/authorizations',
      service: 'checkout',
      handler: async ({ readJson }) => {
        const body = validate(authorizeBody, await readJson());
        const outcome = await gateway.authorize(body);
        const headers: Record<string, string> = outcome.replayed
          ? { 'idempotency-replayed': 'true' }
          : {};
        if (outcome.status === 'declined') {
          throw new HttpError(
            402,
            outcome.code,
            outcome.message,
            { authorization: outcome.authorization },
            headers,
          );
        }
        return { status: outcome.replayed ? 200 : 201, json: outcome.authorization, headers };
      },
    },
    {
      method: 'GET',
      template: '/payment/authorizations/{authorizationId}',
      service: 'checkout',
      handler: async ({ params }) => ({
        status: 200,
        json: await gateway.get(params.authorizationId ?? ''),
      }),
    },
    {
      method: 'POST',
      template: '/payment/authorizations/{authorizationId}/void',
      service: 'checkout',
      handler: async ({ params }) => ({
        status: 200,
        json: await gateway.void(params.authorizationId ?? ''),
      }),
    },
    {
      method: 'POST',
      template: '/payment/authorizations/{authorizationId}/capture',
      service: 'checkout',
      handler: async ({ params }) => ({
        status: 200,
        json: await gateway.capture(params.authorizationId ?? ''),
      }),
    },
    {
      method: 'GET',
      template: '/payment/stats',
      service: 'checkout',
      handler: async () => ({ status: 200, json: await gateway.stats() }),
    },
  ];
}
