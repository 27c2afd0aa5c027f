'use server';

import type { StepState } from '@/lib/checkout/step-state';
import { customers } from '@/lib/services/customers/client';
import type { ServiceError } from '@/lib/services/transport/result';
import { accountForm, emailError, failureMessage, type AccountTranslator } from './account-form';
import { readSessionToken } from './session-cookie';

/**
 * The catalog's SKUs are `${productId}-${color}-${size}` (`p000123-navy-M`,
 * `p000123-sand-one-size`); the service decides whether one exists.
 */
const SKU = /^p\d{6}-[A-Za-z0-9-]{1,56}$/;

function refusal(t: AccountTranslator, error: ServiceError): string {
  // 400 and 404: a variant the catalog no longer has (or a SKU edited in the form).
  if (error.status === 400 || error.status === 404) return t('stockAlert.unknownVariant');
  return failureMessage(t, error);
}

/**
 * "Email me when it is back" for a sold-out variant. With a session the account's address is
 * used at once; a guest (or a session the service no longer knows) gives an address, which
 * gets a link to confirm first. Answered with a field error for the address when one is needed,
 * so the form shows the field even to a shopper the hint cookie called signed in.
 */
export async function requestStockAlert(_previous: StepState, posted: unknown): Promise<StepState> {
  const { locale, t, text } = await accountForm(posted);
  // One past each limit: a longer value fails its check instead of being cut to fit it.
  const sku = text('sku', 65);
  if (!SKU.test(sku)) return { message: t('stockAlert.unknownVariant') };

  const token = await readSessionToken();
  if (token) {
    const result = await customers.requestStockAlert({ sku, locale }, token);
    if (result.ok) return { done: t('stockAlert.subscribed') };
    if (result.error.status !== 401) return { message: refusal(t, result.error) };
  }

  const email = text('email', 255);
  const values = { email };
  const invalid = emailError(t, email);
  if (invalid) return { errors: { email: invalid }, values };
  const result = await customers.requestStockAlert({ sku, locale, email });
  return result.ok
    ? { done: t('stockAlert.confirmSent') }
    : { message: refusal(t, result.error), values };
}
