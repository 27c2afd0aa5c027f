import { z } from 'zod';
import { CheckoutError } from './errors';
import { shippingAddressSchema, shippingMethodSchema } from './shipping';
import { localeSchema } from '../catalog/locale';
import { cardSchema } from '../payment/cards';

export const placeOrderBody = z.object({
  cartId: z.string().min(1).max(100),
  email: z.email().max(254),
  locale: localeSchema.default('en-US'),
  shippingAddress: shippingAddressSchema.optional(),
  shippingMethod: shippingMethodSchema.optional(),
  payment: z.object({ card: cardSchema }).strict().optional(),
}).strict();

export type PlaceOrderBody = z.output<typeof placeOrderBody>;

/** Field code for one zod issue: what a form shows next to the input. */
function fieldCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') {
    const code = (issue.params as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? code : 'invalid';
  }
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return 'required';
  if (issue.code === 'invalid_format') return issue.format === 'email' ? 'invalid_email' : 'invalid_format';
  return issue.code;
}

/**
 * Validates the order body or throws 400 invalid_request with
 * `error.fields`: `{ "shippingAddress.postalCode": "invalid_postal_code", ... }`.
 */
export function parsePlaceOrderBody(input: unknown): PlaceOrderBody {
  const result = placeOrderBody.safeParse(input);
  if (result.success) {
    const body = result.data;
    if (body.shippingMethod !== undefined && body.shippingAddress === undefined) {
      throw invalid({ shippingAddress: 'required' }, 'shippingAddress: required when shippingMethod is given');
    }
    return body;
  }
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] ??= 'unrecognized_key';
      continue;
    }
    fields[issue.path.join('.') || '(body)'] ??= fieldCode(issue);
  }
  const message = result.error.issues.slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
  throw invalid(fields, message);
}

function invalid(fields: Record<string, string>, message: string): CheckoutError {
  return new CheckoutError(400, 'invalid_request', message, { fields });
}
