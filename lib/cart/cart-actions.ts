'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formLocale, type Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { addLineInput, changeLineInput } from './cart-input';
import { addVariant, changeLine } from './cart-operations';
import type { CartFailure } from './cart-session';
import { postedForm } from '@/lib/forms/posted-form';

export interface AddToCartState {
  error?: string;
}

async function message(
  locale: Locale,
  failure: CartFailure | 'chooseOptionsFirst',
): Promise<AddToCartState> {
  const t = await getTranslations({ locale, namespace: 'Cart' });
  return { error: t(failure) };
}

/**
 * The product page's form without JavaScript (with it, the page calls /api/cart/lines and
 * updates optimistically). Success opens the cart page.
 */
export async function addToCart(
  _previous: AddToCartState,
  posted: unknown,
): Promise<AddToCartState> {
  const form = postedForm(posted);
  const locale = formLocale(form);
  const input = addLineInput.safeParse(Object.fromEntries(form));
  if (!input.success) {
    const field = input.error.issues[0]?.path[0];
    return message(locale, field === 'quantity' ? 'invalidQuantity' : 'chooseOptionsFirst');
  }
  const added = await addVariant(input.data);
  if (!added.ok) return message(locale, added.failure);
  redirect(routes.cart(locale));
}

/**
 * The cart's stepper and remove buttons without JavaScript. Errors come back as `?error=` so
 * the page can say what went wrong; the cart itself is left as it was.
 */
export async function changeCartLine(posted: unknown): Promise<void> {
  const form = postedForm(posted);
  const locale = formLocale(form);
  const input = changeLineInput.safeParse(Object.fromEntries(form));
  if (!input.success) redirect(`${routes.cart(locale)}?error=invalidQuantity`);
  const changed = await changeLine(input.data);
  redirect(changed.ok ? routes.cart(locale) : `${routes.cart(locale)}?error=${changed.failure}`);
}
