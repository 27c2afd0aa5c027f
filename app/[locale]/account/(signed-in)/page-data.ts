import { requireCustomer, type SignedInCustomer } from '@/lib/account/current-customer';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { customers, type OrderSummary } from '@/lib/services/customers/client';

export interface OverviewData {
  account: SignedInCustomer;
  /** Undefined when the order history could not be read: the rest of the page still works. */
  recentOrders?: OrderSummary[];
}

export async function loadOverview(locale: Locale): Promise<OverviewData | null> {
  const account = await requireCustomer(locale, routes.account(locale));
  if (!account) return null;
  const orders = await customers.orders(account.token, { limit: 3 });
  return { account, recentOrders: orders.ok ? orders.value.orders : undefined };
}
