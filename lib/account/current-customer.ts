import { cache } from 'react';
import { redirect } from 'next/navigation';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { customers, type Customer } from '@/lib/services/customers/client';
import { markOutage } from '@/lib/services/transport/request-scope';
import { readSessionToken } from './session-cookie';

export interface SignedInCustomer {
  token: string;
  customer: Customer;
  sessionId: string;
}

type Lookup =
  { state: 'signed-in'; account: SignedInCustomer } | { state: 'signed-out' | 'unavailable' };

/**
 * The shopper behind this request's session cookie, asked of the customer service once per
 * request. A token the service no longer knows (signed out elsewhere, expired) is signed out;
 * the cookie stays until the next account action replaces or clears it (a page cannot set one).
 */
export const lookUpCustomer = cache(async (): Promise<Lookup> => {
  const token = await readSessionToken();
  if (!token) return { state: 'signed-out' };
  const found = await customers.me(token);
  if (found.ok)
    return {
      state: 'signed-in',
      account: { token, customer: found.value.customer, sessionId: found.value.session.id },
    };
  return found.error.status === 401 ? { state: 'signed-out' } : { state: 'unavailable' };
});

/**
 * For pages under /account: the signed-in shopper, or a redirect to sign-in that comes back to
 * `returnTo`. Null when the customer service is down: the page shows its outage notice and is
 * answered 503, never as if the shopper were signed out.
 */
export async function requireCustomer(
  locale: Locale,
  returnTo: string,
): Promise<SignedInCustomer | null> {
  const lookup = await lookUpCustomer();
  if (lookup.state === 'signed-in') return lookup.account;
  if (lookup.state === 'unavailable') {
    markOutage();
    return null;
  }
  redirect(`${routes.accountPage(locale, 'sign-in')}?next=${encodeURIComponent(returnTo)}`);
}
