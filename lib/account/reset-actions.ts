'use server';

import { redirect } from 'next/navigation';
import type { StepState } from '@/lib/checkout/step-state';
import { routes } from '@/lib/routes';
import { customers } from '@/lib/services/customers/client';
import {
  accountForm,
  emailError,
  failureMessage,
  fieldErrors,
  passwordError,
} from './account-form';
import { linkTokenSchema } from './link-token';
import { requestClient } from './request-client';
import { startSession } from './start-session';

/** Mails a reset link to an account's address; the answer is the same for any address. */
export async function requestPasswordReset(
  _previous: StepState,
  posted: unknown,
): Promise<StepState> {
  const { locale, t, text } = await accountForm(posted);
  const email = text('email');
  const errors = fieldErrors({ email: emailError(t, email) });
  if (errors) return { errors, values: { email } };
  const result = await customers.requestPasswordReset({
    email,
    locale,
    client: await requestClient(),
  });
  if (!result.ok) return { message: failureMessage(t, result.error), values: { email } };
  return { done: t('reset.sent', { email }) };
}

/** A new password from the mailed link: every other session ends, this browser is signed in. */
export async function completePasswordReset(
  _previous: StepState,
  posted: unknown,
): Promise<StepState> {
  const { locale, t, text, password } = await accountForm(posted);
  const token = linkTokenSchema.safeParse(text('token', 200));
  const secret = password('password');
  if (!token.success) return { message: t('reset.invalidLink') };
  const errors = fieldErrors({ password: passwordError(t, secret) });
  if (errors) return { errors };
  const result = await customers.completePasswordReset({
    token: token.data,
    password: secret,
    client: await requestClient(),
  });
  if (!result.ok)
    return {
      message:
        result.error.status === 410 ? t('reset.invalidLink') : failureMessage(t, result.error),
    };
  await startSession(result.value.session);
  redirect(routes.account(locale));
}
