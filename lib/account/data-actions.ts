'use server';

import { redirect } from 'next/navigation';
import type { StepState } from '@/lib/checkout/step-state';
import { routes } from '@/lib/routes';
import { customers } from '@/lib/services/customers/client';
import { accountForm, failureMessage } from './account-form';
import { clearSession } from './session-cookie';
import { signedInFor } from './signed-in-action';

/**
 * Deletes the account after the shopper typed DELETE (and the password, where the account has
 * one). The service removes the personal data and anonymizes the orders it must keep.
 */
export async function deleteAccount(_previous: StepState, posted: unknown): Promise<StepState> {
  const { locale, t, text, password } = await accountForm(posted);
  const { token, customer } = await signedInFor(locale);
  const secret = password('password');
  const errors: Record<string, string> = {};
  if (text('confirm', 20) !== 'DELETE') errors.confirm = t('data.confirmMismatch');
  if (customer.hasPassword && !secret) errors.password = t('errors.required');
  if (Object.keys(errors).length > 0) return { errors };
  const result = await customers.deleteAccount(token, customer.hasPassword ? secret : undefined);
  if (!result.ok) {
    if (result.error.status === 403) return { errors: { password: t('security.wrongPassword') } };
    return { message: failureMessage(t, result.error) };
  }
  await clearSession();
  redirect(`${routes.home(locale)}?accountDeleted=1`);
}
