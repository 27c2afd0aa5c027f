import { requireCustomer, type SignedInCustomer } from '@/lib/account/current-customer';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { customers, type Passkey, type SessionInfo } from '@/lib/services/customers/client';
import { markOutage } from '@/lib/services/transport/request-scope';

export interface SecurityData {
  account: SignedInCustomer;
  passkeys: Passkey[];
  sessions: SessionInfo[];
}

export async function loadSecurity(locale: Locale): Promise<SecurityData | null> {
  const account = await requireCustomer(locale, routes.accountPage(locale, 'security'));
  if (!account) return null;
  const [passkeys, sessions] = await Promise.all([
    customers.passkeys(account.token),
    customers.sessions(account.token),
  ]);
  if (passkeys.ok && sessions.ok)
    return { account, passkeys: passkeys.value, sessions: sessions.value };
  markOutage();
  return null;
}
