'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { StepState } from '@/lib/checkout/step-state';
import { isLocale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { customers, type PasskeyOptions } from '@/lib/services/customers/client';
import { accountForm, failureMessage, fieldErrors, passwordError } from './account-form';
import { challengeIdSchema, readPasskeyCredential } from './passkey-input';
import { signedInFor } from './signed-in-action';

/** Sets or changes the password; the current one is asked for when there is one. */
export async function changePassword(_previous: StepState, posted: unknown): Promise<StepState> {
  const { locale, t, password } = await accountForm(posted);
  const { token, customer } = await signedInFor(locale);
  const current = password('currentPassword');
  const next = password('newPassword');
  const errors = fieldErrors({
    currentPassword: customer.hasPassword && !current ? t('errors.required') : undefined,
    newPassword: passwordError(t, next),
  });
  if (errors) return { errors };
  const result = await customers.changePassword(token, {
    ...(customer.hasPassword ? { currentPassword: current } : {}),
    newPassword: next,
  });
  if (!result.ok) {
    if (result.error.status === 403)
      return { errors: { currentPassword: t('security.wrongPassword') } };
    return { message: failureMessage(t, result.error) };
  }
  return { done: t('security.passwordSaved') };
}

/** Registration options for one more passkey on the signed-in account. */
export async function addPasskeyOptions(locale: unknown): Promise<PasskeyOptions | null> {
  const { token } = await signedInFor(isLocale(locale) ? locale : 'en-US');
  const result = await customers.passkeyRegistrationOptions(token);
  return result.ok ? result.value : null;
}

export async function addPasskey(
  locale: unknown,
  challengeId: unknown,
  credential: unknown,
): Promise<{ message: string; added: boolean }> {
  const shopperLocale = isLocale(locale) ? locale : 'en-US';
  const t = await getTranslations({ locale: shopperLocale, namespace: 'Account' });
  const { token } = await signedInFor(shopperLocale);
  const challenge = challengeIdSchema.safeParse(challengeId);
  const response = readPasskeyCredential(credential);
  if (!challenge.success || !response)
    return { message: t('security.passkeyFailed'), added: false };
  const result = await customers.addPasskey(token, { challengeId: challenge.data, response });
  if (!result.ok) return { message: t('security.passkeyFailed'), added: false };
  return { message: t('security.passkeyAdded'), added: true };
}

export async function removePasskey(posted: unknown): Promise<void> {
  const { locale, text } = await accountForm(posted);
  const { token } = await signedInFor(locale);
  const result = await customers.removePasskey(token, text('passkeyId', 128));
  const refused = !result.ok && result.error.status === 409;
  redirect(`${routes.accountPage(locale, 'security')}${refused ? '?error=lastMethod' : ''}`);
}
