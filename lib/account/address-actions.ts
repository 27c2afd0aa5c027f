'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { StepState } from '@/lib/checkout/step-state';
import { readAddress } from '@/lib/checkout/step-forms';
import { routes } from '@/lib/routes';
import { customers } from '@/lib/services/customers/client';
import { accountForm, failureMessage } from './account-form';
import { signedInFor } from './signed-in-action';

function stringValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form)
    if (typeof value === 'string' && !name.startsWith('$')) values[name] = value.slice(0, 300);
  return values;
}

/** Adds an address to the book, checked with checkout's own rules (the service checks again). */
export async function addAddress(_previous: StepState, posted: unknown): Promise<StepState> {
  const { form, locale, t } = await accountForm(posted);
  const { token } = await signedInFor(locale);
  const values = stringValues(form);
  const address = readAddress(values);
  const checkoutT = await getTranslations({ locale, namespace: 'Checkout' });
  if (!address.ok)
    return {
      errors: Object.fromEntries(
        Object.entries(address.errors).map(([name, code]) => [name, checkoutT(`errors.${code}`)]),
      ),
      values,
    };
  const result = await customers.addAddress(token, {
    ...address.value,
    isDefault: form.get('isDefault') === 'on',
  });
  if (!result.ok) {
    const full = result.error.status === 409;
    return { message: full ? t('addresses.limit') : failureMessage(t, result.error), values };
  }
  redirect(`${routes.accountPage(locale, 'addresses')}?saved=1`);
}

export async function removeAddress(posted: unknown): Promise<void> {
  const { locale, text } = await accountForm(posted);
  const { token } = await signedInFor(locale);
  await customers.removeAddress(token, text('addressId', 64));
  redirect(routes.accountPage(locale, 'addresses'));
}

export async function makeDefaultAddress(posted: unknown): Promise<void> {
  const { locale, text } = await accountForm(posted);
  const { token } = await signedInFor(locale);
  await customers.makeDefaultAddress(token, text('addressId', 64));
  redirect(routes.accountPage(locale, 'addresses'));
}
