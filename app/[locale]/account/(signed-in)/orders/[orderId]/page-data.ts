import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { CART_COUNT_COOKIE } from '@/lib/cart/cart-count-cookie-name';
import { requireCustomer } from '@/lib/account/current-customer';
import { ORDER_NUMBER } from '@/lib/checkout/order-number';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { Order } from '@/lib/services/checkout/client';
import { customers } from '@/lib/services/customers/client';
import { markOutage } from '@/lib/services/transport/request-scope';
import { isNotFound } from '@/lib/services/transport/result';

/**
 * One of the account's orders. The service answers 404 for an order that is not this
 * account's, the same as for one that does not exist: a guessed number reveals nothing.
 */
export async function loadAccountOrder(locale: Locale, orderId: string): Promise<Order | null> {
  if (!ORDER_NUMBER.test(orderId)) notFound();
  const account = await requireCustomer(locale, routes.accountOrder(locale, orderId));
  if (!account) return null;
  const order = await customers.order(account.token, orderId);
  if (order.ok) return order.value;
  if (isNotFound(order.error)) notFound();
  markOutage();
  return null;
}

/** The cart's item count "buy again" left in its cookie, for the header badge. */
export async function cartItemCount(): Promise<number> {
  const count = Number((await cookies()).get(CART_COUNT_COOKIE)?.value ?? 0);
  return Number.isInteger(count) && count > 0 ? count : 0;
}
