import type { Money } from '../catalog/money';
import { DetailedError } from '../framework/errors';
import type { PromoRefusal } from './promo-code';

/**
 * 422 promo_code_rejected with the reason, from applying a code and from placing an order whose
 * code stopped applying; the storefront words the reason in the shopper's language.
 */
export function promoRejected(reason: PromoRefusal, minSubtotal?: Money): DetailedError {
  return new DetailedError(422, 'promo_code_rejected', `The promo code cannot be used: ${reason}`, {
    reason,
    ...(minSubtotal ? { minSubtotal } : {}),
  });
}
