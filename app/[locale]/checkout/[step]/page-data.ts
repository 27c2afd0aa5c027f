import { notFound, redirect } from 'next/navigation';
import { checkoutPrefill, type CheckoutPrefill } from '@/lib/account/checkout-prefill';
import { findCart } from '@/lib/cart/cart-session';
import { isPromoReason, type PromoReason } from '@/lib/cart/promo-reasons';
import { shippingRates } from '@/lib/checkout/shipping-rates';
import { canOpen, firstOpenStep, isCheckoutStep, type CheckoutStep } from '@/lib/checkout/steps';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { markOutage } from '@/lib/services/transport/request-scope';
import type { Cart } from '@/lib/services/cart/client';
import type { ShippingRate } from '@/lib/services/checkout/client';

export interface CheckoutData {
  step: CheckoutStep;
  cart: Cart;
  rates: ShippingRate[];
  /** A signed-in shopper's e-mail and default address, for the steps not answered yet. */
  prefill: CheckoutPrefill;
}

const PAYMENT_NOTICES = ['payment_declined', 'payment_timeout', 'payment_method_invalid'] as const;
type PaymentNotice = (typeof PAYMENT_NOTICES)[number];

/** Why place-order sent the shopper back to the payment step (`?error=`), if it is a known one. */
export function paymentNotice(
  step: CheckoutStep,
  error: string | string[] | undefined,
): PaymentNotice | undefined {
  if (step !== 'payment') return undefined;
  return PAYMENT_NOTICES.find((notice) => notice === error);
}

/**
 * Why place-order sent the shopper back to the review: the total changed, or the promo code
 * stopped applying (`?error=promo_<reason>`; it was taken off the cart, so the new total shows).
 */
export function reviewNotice(
  step: CheckoutStep,
  error: string | string[] | undefined,
): { kind: 'totalChanged' } | { kind: 'promoRejected'; reason: PromoReason } | undefined {
  if (step !== 'review' || typeof error !== 'string') return undefined;
  if (error === 'total_changed') return { kind: 'totalChanged' };
  const reason = error.replace(/^promo_/, '');
  return error.startsWith('promo_') && isPromoReason(reason)
    ? { kind: 'promoRejected', reason }
    : undefined;
}

/**
 * The cart and its checkout draft for one step. An empty cart goes back to the cart page, and a
 * step whose earlier answers are missing sends the shopper to the first missing one.
 */
export async function loadCheckout(
  locale: Locale,
  rawStep: string,
): Promise<CheckoutData | 'unavailable'> {
  if (!isCheckoutStep(rawStep)) notFound();
  const found = await findCart(locale);
  if (!found.ok) {
    markOutage();
    return 'unavailable';
  }
  const cart = found.value;
  if (!cart || cart.lines.length === 0) redirect(routes.cart(locale));
  if (!canOpen(rawStep, cart.checkout))
    redirect(routes.checkoutStep(locale, firstOpenStep(cart.checkout)));
  const [rates, prefill] = await Promise.all([shippingRates(cart.currency), checkoutPrefill()]);
  return { step: rawStep, cart, rates, prefill };
}
