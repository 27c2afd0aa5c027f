import { currencyFor, type Locale } from '@/lib/i18n/markets';
import { cart, isCartConflict, type Cart, type CartWriteResult } from '@/lib/services/cart/client';
import { isNotFound, type Result, type ServiceError } from '@/lib/services/transport/result';
import { readCartId, writeCartId } from './cart-cookie';

/** Why a cart change was refused, in terms a shopper can be told (see messages `Cart.*`). */
export type CartFailure =
  'invalidQuantity' | 'insufficientStock' | 'unknownSku' | 'lineGone' | 'unavailable';

export const CART_FAILURES: readonly CartFailure[] = [
  'invalidQuantity',
  'insufficientStock',
  'unknownSku',
  'lineGone',
  'unavailable',
];

const FAILURES: Record<string, CartFailure> = {
  invalid_quantity: 'invalidQuantity',
  insufficient_stock: 'insufficientStock',
  unknown_sku: 'unknownSku',
};

export function cartFailure(error: ServiceError): CartFailure {
  // The line was removed meanwhile (another tab, or the cart was emptied).
  if (error.status === 404) return 'lineGone';
  return (error.status === 422 || error.status === 400) && error.code
    ? (FAILURES[error.code] ?? 'unavailable')
    : 'unavailable';
}

/** The shopper's cart from the cookie; undefined when there is none (or it no longer exists). */
export async function findCart(locale: Locale): Promise<Result<Cart | undefined>> {
  const id = await readCartId();
  if (!id) return { ok: true, value: undefined };
  const found = await cart.getCart(id, locale);
  if (!found.ok && isNotFound(found.error)) return { ok: true, value: undefined };
  // An ordered cart is closed: the shopper's next add starts a new one.
  if (found.ok && found.value.status === 'ordered') return { ok: true, value: undefined };
  return found;
}

/** The shopper's cart, created (and its cookie written) on the first add. */
export async function cartForWrite(locale: Locale): Promise<Result<Cart>> {
  const existing = await findCart(locale);
  if (!existing.ok || existing.value) return existing as Result<Cart>;
  return startCart(locale);
}

/** A new, empty cart for the shopper (the first add, or after the last one was ordered). */
export async function startCart(locale: Locale): Promise<Result<Cart>> {
  const created = await cart.createCart(currencyFor(locale));
  if (created.ok) await writeCartId(created.value.id);
  return created;
}

/** The cart was ordered (in another tab) between reading and writing it: it takes no more changes. */
export function isCartOrdered(error: ServiceError): boolean {
  return error.status === 410;
}

/**
 * Applies a change at the cart's version. When another tab changed the cart first (409), the
 * same change is applied again on top of the cart the service returned: no edit is lost.
 */
export async function applyCartChange(
  start: Cart,
  change: (at: Cart) => Promise<CartWriteResult>,
): Promise<Result<Cart>> {
  let at = start;
  for (let attempt = 1; ; attempt++) {
    const result = await change(at);
    if (!isCartConflict(result) || attempt === 3) return result;
    at = result.current;
  }
}
