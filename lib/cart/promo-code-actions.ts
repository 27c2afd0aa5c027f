'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { postedForm } from '@/lib/forms/posted-form';
import { formLocale } from '@/lib/i18n/markets';
import { clientKey } from '@/lib/security/client-key';
import { cart } from '@/lib/services/cart/client';
import { findCart } from './cart-session';
import type { CartSummary } from './cart-summary';
import { summaryWithEstimate } from './cart-with-estimate';
import { isPromoReason } from './promo-reasons';

export interface PromoCodeState {
  /** Why the code was refused, in the shopper's language. */
  message?: string;
  /** What was done ("Code X applied."). */
  done?: string;
  /** The cart as it is now, for the cart editor to show the new totals at once. */
  cart?: CartSummary | null;
}

/**
 * Applies or removes the cart's promo code. The services decide whether a code applies (never
 * the browser); a refusal comes back with its reason and the cart stays as it was. Works as a
 * plain form post without JavaScript.
 */
export async function submitPromoCode(
  _previous: PromoCodeState,
  posted: unknown,
): Promise<PromoCodeState> {
  const form = postedForm(posted);
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: 'Promo' });
  const remove = form.get('intent') === 'remove';
  const code = String(form.get('code') ?? '').trim();
  if (!remove && !code) return { message: t('reasons.required') };
  const found = await findCart(locale);
  if (!found.ok || !found.value) return { message: t('unavailable') };
  const id = found.value.id;
  const result = remove
    ? await cart.removePromoCode(id, locale)
    : await cart.applyPromoCode(id, code, { locale, clientIp: clientKey(await headers()) });
  if (!result.ok) {
    const { status, reason } = result.error;
    if (status === 400) return { message: t('reasons.unknown') };
    if (status === 429) return { message: t('tooManyAttempts') };
    return { message: isPromoReason(reason) ? t(`reasons.${reason}`) : t('unavailable') };
  }
  refresh();
  const updated = result.value;
  return {
    done: remove ? t('removed') : t('applied', { code: updated.promotion?.code ?? code }),
    cart: await summaryWithEstimate(updated),
  };
}
