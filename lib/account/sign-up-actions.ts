'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { StepState } from '@/lib/checkout/step-state';
import { isLocale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { customers, type PasskeyOptions } from '@/lib/services/customers/client';
import {
  accountForm,
  emailError,
  failureMessage,
  fieldErrors,
  passwordError,
} from './account-form';
import { challengeIdSchema, readPasskeyCredential } from './passkey-input';
import { requestClient } from './request-client';
import { startSession } from './start-session';
import { linkTokenSchema } from './link-token';

/**
 * Sign-up starts with the e-mail only: the service mails a link to create the account, or, for
 * an address that has one, a note saying so. The shopper reads the same answer either way, so
 * the form cannot tell anyone which addresses have accounts.
 */
export async function requestSignUp(_previous: StepState, posted: unknown): Promise<StepState> {
  const { locale, t, text } = await accountForm(posted);
  const email = text('email');
  const errors = fieldErrors({ email: emailError(t, email) });
  if (errors) return { errors, values: { email } };
  const result = await customers.signUp({ email, locale, client: await requestClient() });
  if (!result.ok) return { message: failureMessage(t, result.error), values: { email } };
  return { done: t('signUp.sent', { email }) };
}

/** Completes the account from the mailed link with a password. */
export async function completeSignUp(_previous: StepState, posted: unknown): Promise<StepState> {
  const { locale, t, text, password } = await accountForm(posted);
  const token = linkTokenSchema.safeParse(text('token', 200));
  const name = text('name', 100);
  const secret = password('password');
  if (!token.success) return { message: t('complete.invalidLink') };
  const errors = fieldErrors({ password: passwordError(t, secret) });
  if (errors) return { errors, values: { name } };
  const result = await customers.completeSignUp({
    token: token.data,
    ...(name ? { name } : {}),
    password: secret,
    client: await requestClient(),
  });
  if (!result.ok) {
    if (result.error.status === 410) return { message: t('complete.invalidLink') };
    return { message: failureMessage(t, result.error), values: { name } };
  }
  await startSession(result.value.session);
  redirect(routes.account(locale));
}

/** Registration options for a passkey on the account the mailed link creates. */
export async function signUpPasskeyOptions(token: unknown): Promise<PasskeyOptions | null> {
  const parsed = linkTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const result = await customers.signUpPasskeyOptions(parsed.data);
  return result.ok ? result.value : null;
}

/** Completes the account from the mailed link with the passkey the browser just created. */
export async function completeSignUpWithPasskey(
  locale: unknown,
  token: unknown,
  challengeId: unknown,
  credential: unknown,
  name: unknown,
): Promise<{ redirectTo: string } | { message: string }> {
  const shopperLocale = isLocale(locale) ? locale : 'en-US';
  const t = await getTranslations({ locale: shopperLocale, namespace: 'Account' });
  const parsedToken = linkTokenSchema.safeParse(token);
  const challenge = challengeIdSchema.safeParse(challengeId);
  const response = readPasskeyCredential(credential);
  if (!parsedToken.success) return { message: t('complete.invalidLink') };
  if (!challenge.success || !response) return { message: t('complete.passkeyFailed') };
  const shownName = typeof name === 'string' ? name.trim().slice(0, 100) : '';
  const result = await customers.completeSignUp({
    token: parsedToken.data,
    ...(shownName ? { name: shownName } : {}),
    passkey: { challengeId: challenge.data, response },
    client: await requestClient(),
  });
  if (!result.ok) {
    if (result.error.status === 410) return { message: t('complete.invalidLink') };
    if (result.error.status === 400) return { message: t('complete.passkeyFailed') };
    return { message: failureMessage(t, result.error) };
  }
  await startSession(result.value.session);
  return { redirectTo: routes.account(shopperLocale) };
}
