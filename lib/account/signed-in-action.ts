import { redirect } from 'next/navigation';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { lookUpCustomer, type SignedInCustomer } from './current-customer';

/**
 * The shopper an account action acts for. A form posted after the session ended (signed out
 * elsewhere, expired) goes to sign-in; the action never runs for nobody.
 */
export async function signedInFor(locale: Locale): Promise<SignedInCustomer> {
  const lookup = await lookUpCustomer();
  if (lookup.state === 'signed-in') return lookup.account;
  redirect(routes.accountPage(locale, lookup.state === 'unavailable' ? 'security' : 'sign-in'));
}
