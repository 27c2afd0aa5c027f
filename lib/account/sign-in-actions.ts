'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { StepState } from '@/lib/checkout/step-state';
import { isLocale } from '@/lib/i18n/markets';
import { customers, type PasskeyOptions } from '@/lib/services/customers/client';
import { accountForm, emailError, failureMessage, fieldErrors } from './account-form';
import { challengeIdSchema, readPasskeyCredential } from './passkey-input';
import { requestClient } from './request-client';
import { returnPath } from './return-path';
import { startSession } from './start-session';

/** E-mail and password. A wrong password and an unknown e-mail read the same. */
export async function signIn(_previous: StepState, posted: unknown): Promise<StepState> {
  const { form, locale, t, text, password } = await accountForm(posted);
  const email = text('email');
  const secret = password('password');
  const values = { email };
  const errors = fieldErrors({
    email: emailError(t, email),
    password: secret ? undefined : t('errors.required'),
  });
  if (errors) return { errors, values };

  const result = await customers.signIn({ email, password: secret, client: await requestClient() });
  if (!result.ok) {
    const invalid = result.error.status === 401 || result.error.status === 400;
    return { message: invalid ? t('signIn.invalid') : failureMessage(t, result.error), values };
  }
  await startSession(result.value.session);
  redirect(returnPath(locale, form.get('next')));
}

/** A passkey request for the browser: discoverable credentials, so no e-mail is needed first. */
export async function passkeySignInOptions(): Promise<PasskeyOptions | null> {
  const result = await customers.passkeyChallenge();
  return result.ok ? result.value : null;
}

/** Verifies the browser's passkey answer; on success the caller navigates to `redirectTo`. */
export async function signInWithPasskey(
  locale: unknown,
  challengeId: unknown,
  credential: unknown,
  next: unknown,
): Promise<{ redirectTo: string } | { message: string }> {
  const shopperLocale = isLocale(locale) ? locale : 'en-US';
  const t = await getTranslations({ locale: shopperLocale, namespace: 'Account' });
  const response = readPasskeyCredential(credential);
  const challenge = challengeIdSchema.safeParse(challengeId);
  if (!response || !challenge.success) return { message: t('signIn.passkeyFailed') };
  const result = await customers.signInWithPasskey({
    challengeId: challenge.data,
    response,
    client: await requestClient(),
  });
  if (!result.ok) {
    const refused = result.error.status === 401 || result.error.status === 400;
    return { message: refused ? t('signIn.passkeyFailed') : failureMessage(t, result.error) };
  }
  await startSession(result.value.session);
  return { redirectTo: returnPath(shopperLocale, next) };
}
