import { z } from 'zod';
import { shippingAddressSchema } from './address';
import { shippingMethodSchema } from './shipping';
import { localeSchema } from '../catalog/locale';
import { invalidFields, parseFields } from '../framework/field-errors';
import { cardSchema, type Card } from '../payment/cards';

/** Either a raw test card (kept for existing callers) or a tokenized one (`pm_…` from POST /payment/methods). */
export type PaymentSource = { card: Card } | { methodId: string };

const paymentSchema = z
  .object({
    card: cardSchema.optional(),
    methodId: z.string().min(1).max(100).optional(),
  })
  .strict()
  .transform((payment, context): PaymentSource => {
    if (payment.card && payment.methodId === undefined) return { card: payment.card };
    if (payment.methodId !== undefined && !payment.card) return { methodId: payment.methodId };
    context.addIssue({
      code: 'custom',
      params: { code: 'card_or_method_required' },
      message: 'give exactly one of card or methodId',
    });
    return z.NEVER;
  });

export const orderEmailSchema = z.email().max(254);

const placeOrderBody = z
  .object({
    cartId: z.string().min(1).max(100),
    email: orderEmailSchema,
    locale: localeSchema.default('en-US'),
    shippingAddress: shippingAddressSchema.optional(),
    shippingMethod: shippingMethodSchema.optional(),
    payment: paymentSchema.optional(),
    /** The signed-in customer the storefront's server vouches for: the order joins their history. */
    customerId: z.string().min(1).max(64).optional(),
    /** The total (minor units) the shopper was shown: a different one is refused, never charged. */
    expectedTotal: z.number().int().nonnegative().max(1_000_000_000).optional(),
  })
  .strict();

export type PlaceOrderBody = z.output<typeof placeOrderBody>;

/**
 * Validates the order body or throws 400 invalid_request with
 * `error.fields`: `{ "shippingAddress.postalCode": "invalid_postal_code", ... }`.
 */
export function parsePlaceOrderBody(input: unknown): PlaceOrderBody {
  const body = parseFields(placeOrderBody, input);
  if (body.shippingMethod !== undefined && body.shippingAddress === undefined) {
    throw invalidFields(
      { shippingAddress: 'required' },
      'shippingAddress: required when shippingMethod is given',
    );
  }
  return body;
}
