'use server';

import { redirect } from 'next/navigation';
import { orderCustomerId } from '@/lib/account/checkout-prefill';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { writeCartCount } from '@/lib/cart/cart-count-cookie';
import { forgetCart } from '@/lib/cart/cart-cookie';
import { findCart } from '@/lib/cart/cart-session';
import { recordConversion } from '@/lib/experiments/conversions';
import { formLocale, type Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { isPromoReason } from '@/lib/cart/promo-reasons';
import { cart } from '@/lib/services/cart/client';
import { checkout, type Order, type PlaceOrderRequest } from '@/lib/services/checkout/client';
import type { Result, ServiceError } from '@/lib/services/transport/result';
import type { StepState } from './step-state';
import { grantOrderAccess } from './order-access';
import { firstOpenStep } from './steps';
import { postedForm } from '@/lib/forms/posted-form';

const reviewForm = z.object({
  // Created when the review page is rendered: one key per attempt, shared by double clicks and resends.
  idempotencyKey: z.uuid(),
  cartVersion: z.coerce.number().int().nonnegative(),
  // The total the review showed: the services refuse to charge any other (409 total_changed).
  expectedTotal: z.coerce.number().int().nonnegative(),
});

/** Failures the review page explains in place; payment failures go back to the payment step. */
const REVIEW_MESSAGES: Record<string, string> = {
  cart_already_ordered: 'alreadyOrdered',
  insufficient_stock: 'insufficientStock',
  cart_empty: 'cartChanged',
};

/**
 * Places the order. The same Idempotency-Key goes with every try of this attempt, so a network
 * timeout can be retried safely: the service answers with the order it already placed. A
 * declined or timed-out payment leaves the cart as it was and sends the shopper back to pay.
 */
export async function placeOrder(_previous: StepState, posted: unknown): Promise<StepState> {
  const form = postedForm(posted);
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: 'Checkout' });
  const input = reviewForm.safeParse(Object.fromEntries(form));
  if (!input.success) return { message: t('cartChanged') };

  const found = await findCart(locale);
  if (!found.ok) return { message: t('unavailable') };
  const current = found.value;
  if (!current || current.lines.length === 0) redirect(routes.cart(locale));
  // Lines changed in another tab since the review was shown: show the new review first.
  if (current.version !== input.data.cartVersion) return { message: t('cartChanged') };
  const draft = current.checkout;
  if (firstOpenStep(draft) !== 'review')
    redirect(routes.checkoutStep(locale, firstOpenStep(draft)));

  // Signed in: the order joins the account's history. Accounts being down never stops an order.
  const customerId = await orderCustomerId();
  const request: PlaceOrderRequest = {
    cartId: current.id,
    email: draft.email!,
    locale,
    shippingAddress: draft.shippingAddress!,
    shippingMethod: draft.shippingMethod!,
    payment: { methodId: draft.paymentMethod!.id },
    expectedTotal: input.data.expectedTotal,
    ...(customerId ? { customerId } : {}),
  };
  const placed = await withOneRetry(() => checkout.placeOrder(request, input.data.idempotencyKey));
  if (placed.ok) {
    const order = placed.value;
    await Promise.all([
      forgetCart(),
      writeCartCount(0),
      grantOrderAccess(order),
      recordConversion('purchase', { orderId: order.id, total: order.total }),
    ]);
    redirect(routes.order(locale, order.id));
  }
  return failure(locale, current.id, placed.error, t);
}

/** Only transport failures are retried: the key makes a second try replay, never charge twice. */
async function withOneRetry(place: () => Promise<Result<Order>>): Promise<Result<Order>> {
  const first = await place();
  if (first.ok || (first.error.kind !== 'network' && first.error.kind !== 'timeout')) return first;
  return place();
}

async function failure(
  locale: Locale,
  cartId: string,
  error: ServiceError,
  t: (key: string) => string,
): Promise<StepState> {
  if (
    error.code === 'payment_declined' ||
    error.code === 'payment_timeout' ||
    error.code === 'payment_method_invalid'
  ) {
    // The card cannot pay this order: forget it, so review is reachable only with a new one.
    await cart.saveCheckout(cartId, { paymentMethod: null });
    redirect(`${routes.checkoutStep(locale, 'payment')}?error=${error.code}`);
  }
  // The price would not be the one shown: show the new one before anything is charged.
  if (error.code === 'total_changed')
    redirect(`${routes.checkoutStep(locale, 'review')}?error=total_changed`);
  if (error.code === 'promo_code_rejected' && isPromoReason(error.reason)) {
    // The code expired or ran out since it was applied: take it off, so the review shows the
    // total without it, and say why.
    await cart.removePromoCode(cartId, locale);
    redirect(`${routes.checkoutStep(locale, 'review')}?error=promo_${error.reason}`);
  }
  return { message: t(REVIEW_MESSAGES[error.code ?? ''] ?? 'orderFailed') };
}
