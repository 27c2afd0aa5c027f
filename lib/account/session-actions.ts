'use server';

import { redirect } from 'next/navigation';
import { routes } from '@/lib/routes';
import { customers } from '@/lib/services/customers/client';
import { accountForm } from './account-form';
import { lookUpCustomer } from './current-customer';
import { clearSession, readSessionToken } from './session-cookie';

/**
 * Signs this browser out. The cookie goes even when the service cannot be told (it ends the
 * session after 30 idle days anyway): a shopper who pressed "sign out" is signed out here.
 */
export async function signOut(posted: unknown): Promise<void> {
  const { locale } = await accountForm(posted);
  const token = await readSessionToken();
  if (token) await customers.signOut(token);
  await clearSession();
  redirect(routes.home(locale));
}

/** Ends every session of the account, this one included, e.g. after losing a phone. */
export async function signOutEverywhere(posted: unknown): Promise<void> {
  const { locale } = await accountForm(posted);
  const token = await readSessionToken();
  if (token) {
    const result = await customers.signOutEverywhere(token);
    if (!result.ok && result.error.status !== 401)
      redirect(`${routes.accountPage(locale, 'security')}?error=unavailable`);
  }
  await clearSession();
  redirect(routes.accountPage(locale, 'sign-in'));
}

/** Ends one other session from the list on the security page. */
export async function endSession(posted: unknown): Promise<void> {
  const { locale, text } = await accountForm(posted);
  const lookup = await lookUpCustomer();
  if (lookup.state !== 'signed-in') redirect(routes.accountPage(locale, 'sign-in'));
  await customers.endSession(lookup.account.token, text('sessionId', 64));
  redirect(routes.accountPage(locale, 'security'));
}
