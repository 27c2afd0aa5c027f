'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { applyCartChange, cartFailure, cartForWrite, findCart, type CartFailure } from '@/lib/cart/cart-session';
import { isLocale, locales, type Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { cart } from '@/lib/services/cart/client';
import { catalog } from '@/lib/services/catalog/client';

export interface AddToCartState {
  error?: string;
}

const addSchema = z.object({
  locale: z.enum(locales as [Locale, ...Locale[]]),
  productId: z.string().regex(/^p\d{6}$/),
  color: z.string().min(1).max(40),
  size: z.string().min(1).max(40),
  quantity: z.coerce.number().int().min(1).max(99).default(1),
});

async function message(locale: Locale, failure: CartFailure | 'chooseOptionsFirst'): Promise<AddToCartState> {
  const t = await getTranslations({ locale, namespace: 'Cart' });
  return { error: t(failure) };
}

/**
 * The product page's form: works as a plain POST without JavaScript. The variant is resolved
 * from the chosen options on the server; success opens the cart.
 */
export async function addToCart(_previous: AddToCartState, form: FormData): Promise<AddToCartState> {
  const rawLocale = form.get('locale');
  const locale: Locale = isLocale(rawLocale) ? rawLocale : 'en-US';
  const input = addSchema.safeParse(Object.fromEntries(form));
  if (!input.success) {
    const field = input.error.issues[0]?.path[0];
    return message(locale, field === 'quantity' ? 'invalidQuantity' : 'chooseOptionsFirst');
  }
  const { productId, color, size, quantity } = input.data;
  const product = await catalog.getLiveProduct(locale, productId);
  if (!product.ok) return message(locale, product.error.status === 404 ? 'unknownSku' : 'unavailable');
  const variant = product.value.variants.find((v) => v.options.color === color && v.options.size === size);
  if (!variant) return message(locale, 'unknownSku');

  const current = await cartForWrite(locale);
  if (!current.ok) return message(locale, 'unavailable');
  const added = await applyCartChange(current.value, (at) => cart.addLine(at.id, { sku: variant.sku, quantity }, at.version));
  if (!added.ok) return message(locale, cartFailure(added.error));
  redirect(routes.cart(locale));
}

const lineSchema = z.object({
  locale: z.enum(locales as [Locale, ...Locale[]]),
  lineId: z.string().min(1).max(100),
  quantity: z.coerce.number().int().min(0).max(99).optional(),
});

/**
 * Quantity and remove buttons on the cart page. Errors come back as `?error=` so the page can
 * say what went wrong with or without JavaScript; the cart itself is left as it was.
 */
export async function changeLine(form: FormData): Promise<void> {
  const rawLocale = form.get('locale');
  const locale: Locale = isLocale(rawLocale) ? rawLocale : 'en-US';
  const input = lineSchema.safeParse(Object.fromEntries(form));
  if (!input.success) redirect(`${routes.cart(locale)}?error=invalidQuantity`);
  const { lineId, quantity } = input.data;
  const found = await findCart(locale);
  if (!found.ok) redirect(`${routes.cart(locale)}?error=unavailable`);
  if (!found.value) redirect(routes.cart(locale));
  const changed = await applyCartChange(found.value, (at) =>
    quantity === undefined || quantity === 0 ? cart.removeLine(at.id, lineId, at.version) : cart.updateLine(at.id, lineId, quantity, at.version),
  );
  redirect(changed.ok ? routes.cart(locale) : `${routes.cart(locale)}?error=${cartFailure(changed.error)}`);
}
