import { getTranslations } from 'next-intl/server';
import { checkEmail } from '@/lib/checkout/field-rules';
import { formLocale, type Locale } from '@/lib/i18n/markets';
import { postedForm } from '@/lib/forms/posted-form';
import type { ServiceError } from '@/lib/services/transport/result';

export type AccountTranslator = Awaited<ReturnType<typeof getTranslations<'Account'>>>;

/** The NIST rule: length only. The service checks the same bounds. */
export const PASSWORD_LENGTH = { min: 8, max: 128 } as const;

/** One posted account form: its locale, its translator and typed reads of its fields. */
export async function accountForm(posted: unknown) {
  const form = postedForm(posted);
  const locale: Locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: 'Account' });
  const text = (name: string, max = 300) =>
    String(form.get(name) ?? '')
      .trim()
      .slice(0, max);
  return {
    form,
    locale,
    t,
    text,
    /** Never trimmed: spaces are part of a passphrase. Longer than allowed stays too long. */
    password: (name: string) => String(form.get(name) ?? '').slice(0, PASSWORD_LENGTH.max + 1),
  };
}

export function emailError(t: AccountTranslator, email: string): string | undefined {
  return checkEmail(email) ? t('errors.emailInvalid') : undefined;
}

export function passwordError(t: AccountTranslator, password: string): string | undefined {
  if (password.length === 0) return t('errors.required');
  if (password.length < PASSWORD_LENGTH.min) return t('errors.passwordTooShort');
  if (password.length > PASSWORD_LENGTH.max) return t('errors.passwordTooLong');
  return undefined;
}

/** What a shopper reads when the customer service refused or did not answer. */
export function failureMessage(t: AccountTranslator, error: ServiceError): string {
  if (error.status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return t('errors.tooManyAttempts', { minutes });
  }
  return t('errors.unavailable');
}

/** Field errors only (undefined dropped), or undefined when every field is fine. */
export function fieldErrors(
  errors: Record<string, string | undefined>,
): Record<string, string> | undefined {
  const found = Object.entries(errors).filter((entry): entry is [string, string] => !!entry[1]);
  return found.length > 0 ? Object.fromEntries(found) : undefined;
}
