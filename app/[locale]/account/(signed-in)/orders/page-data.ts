import { requireCustomer } from '@/lib/account/current-customer';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { customers, type OrderPage } from '@/lib/services/customers/client';
import { markOutage } from '@/lib/services/transport/request-scope';

const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;

/** One page of the account's orders, newest first; `cursor` comes from the "older" link. */
export async function loadOrders(locale: Locale, cursor: unknown): Promise<OrderPage | null> {
  const account = await requireCustomer(locale, routes.accountPage(locale, 'orders'));
  if (!account) return null;
  const page = await customers.orders(account.token, {
    limit: 20,
    ...(typeof cursor === 'string' && CURSOR.test(cursor) ? { cursor } : {}),
  });
  if (page.ok) return page.value;
  markOutage();
  return null;
}
