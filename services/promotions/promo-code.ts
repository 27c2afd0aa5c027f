import { z } from 'zod';
import { currencySchema, type Money } from '../catalog/money';

/**
 * A promo code as the admin API creates it. A percentage or free-shipping code may name a
 * currency (then it works only in that market); a fixed amount and a minimum spend are amounts
 * of money, so they need one.
 */
export const promoCodeBody = z
  .object({
    // Codes are compared upper-case: shoppers type "summer10" as often as "SUMMER10".
    code: z
      .string()
      .trim()
      .min(3)
      .max(32)
      .regex(/^[A-Za-z0-9_-]+$/)
      .transform((code) => code.toUpperCase()),
    kind: z.enum(['percent', 'fixed', 'free_shipping']),
    percent: z.number().int().min(1).max(100).optional(),
    amount: z.number().int().positive().max(100_000_000).optional(),
    currency: currencySchema.optional(),
    minSubtotal: z.number().int().nonnegative().max(100_000_000).optional(),
    startsAt: z.iso.datetime({ offset: true }).optional(),
    endsAt: z.iso.datetime({ offset: true }).optional(),
    usageLimit: z.number().int().positive().max(10_000_000).optional(),
    perCustomerLimit: z.number().int().positive().max(1000).optional(),
  })
  .strict()
  .superRefine((code, context) => {
    const invalid = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], params: { code: 'invalid' }, message });
    if (code.kind === 'percent' && code.percent === undefined)
      invalid('percent', 'is required for a percentage code');
    if (code.kind !== 'percent' && code.percent !== undefined)
      invalid('percent', 'is only for a percentage code');
    if (code.kind === 'fixed' && code.amount === undefined)
      invalid('amount', 'is required for a fixed-amount code');
    if (code.kind !== 'fixed' && code.amount !== undefined)
      invalid('amount', 'is only for a fixed-amount code');
    if ((code.amount !== undefined || code.minSubtotal !== undefined) && !code.currency)
      invalid('currency', 'is required with an amount or a minimum spend');
    if (code.startsAt && code.endsAt && Date.parse(code.endsAt) <= Date.parse(code.startsAt))
      invalid('endsAt', 'must be after startsAt');
  });

export type PromoCodeInput = z.output<typeof promoCodeBody>;

export interface PromoCode extends PromoCodeInput {
  used: number;
  disabledAt?: string;
  createdAt: string;
}

/** Why a code does not apply; the storefront words each one in the shopper's language. */
export type PromoRefusal =
  | 'unknown'
  | 'disabled'
  | 'not_started'
  | 'expired'
  | 'wrong_currency'
  | 'below_minimum'
  | 'used_up'
  | 'customer_limit';

export type PromoOutcome =
  | { ok: true; discount: Money; freeShipping: boolean }
  | { ok: false; reason: PromoRefusal; minSubtotal?: Money };

/**
 * What a code gives a cart of this subtotal at this moment. The usage limit is checked here for
 * the shopper's sake ("used up" before checkout); only the atomic claim at place-order counts.
 * A percentage rounds half-up to the minor unit; a fixed amount never exceeds the subtotal.
 */
export function evaluatePromo(code: PromoCode, subtotal: Money, now: Date): PromoOutcome {
  if (code.disabledAt) return { ok: false, reason: 'disabled' };
  if (code.startsAt && now < new Date(code.startsAt)) return { ok: false, reason: 'not_started' };
  if (code.endsAt && now >= new Date(code.endsAt)) return { ok: false, reason: 'expired' };
  if (code.currency && code.currency !== subtotal.currency)
    return { ok: false, reason: 'wrong_currency' };
  if (code.minSubtotal !== undefined && subtotal.amount < code.minSubtotal) {
    return {
      ok: false,
      reason: 'below_minimum',
      minSubtotal: { amount: code.minSubtotal, currency: subtotal.currency },
    };
  }
  if (code.usageLimit !== undefined && code.used >= code.usageLimit)
    return { ok: false, reason: 'used_up' };
  return {
    ok: true,
    discount: { amount: discountAmount(code, subtotal.amount), currency: subtotal.currency },
    freeShipping: code.kind === 'free_shipping',
  };
}

function discountAmount(code: PromoCode, subtotal: number): number {
  if (code.kind === 'percent') return Math.floor((subtotal * (code.percent ?? 0) * 2 + 100) / 200);
  if (code.kind === 'fixed') return Math.min(code.amount ?? 0, subtotal);
  return 0;
}
