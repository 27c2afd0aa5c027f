/** Why a promo code does not apply, as the cart service says it (openapi/cart.yaml PromoRefusal). */
const PROMO_REASONS = [
  'unknown',
  'disabled',
  'not_started',
  'expired',
  'wrong_currency',
  'below_minimum',
  'used_up',
  'customer_limit',
] as const;
export type PromoReason = (typeof PROMO_REASONS)[number];

export function isPromoReason(value: unknown): value is PromoReason {
  return PROMO_REASONS.some((reason) => reason === value);
}
