import type { Promotion } from '@/lib/services/cart/client';

/** Why a promo code does not apply, as the cart service says it (openapi/cart.yaml PromoRefusal). */
export type PromoReason = NonNullable<Promotion['reason']>;

// Keyed by the contract's type: a reason added to cart.yaml does not compile until it is here,
// and so until each locale has its message.
const PROMO_REASONS: Record<PromoReason, true> = {
  unknown: true,
  disabled: true,
  not_started: true,
  expired: true,
  wrong_currency: true,
  below_minimum: true,
  used_up: true,
  customer_limit: true,
};

export function isPromoReason(value: unknown): value is PromoReason {
  return typeof value === 'string' && Object.hasOwn(PROMO_REASONS, value);
}
