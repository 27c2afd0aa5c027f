import { requireCustomer } from '@/lib/account/current-customer';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { customers, type SavedAddress } from '@/lib/services/customers/client';
import { markOutage } from '@/lib/services/transport/request-scope';

export async function loadAddresses(locale: Locale): Promise<SavedAddress[] | null> {
  const account = await requireCustomer(locale, routes.accountPage(locale, 'addresses'));
  if (!account) return null;
  const addresses = await customers.addresses(account.token);
  if (addresses.ok) return addresses.value;
  markOutage();
  return null;
}
