'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formLocale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { checkout } from '@/lib/services/checkout/client';
import { isNotFound } from '@/lib/services/transport/result';
import { checkEmail } from './field-rules';
import { grantOrderAccess } from './order-access';
import { ORDER_NUMBER } from './order-number';
import type { StepState } from './step-state';
import { postedForm } from '@/lib/forms/posted-form';

/**
 * Order lookup by number and e-mail. A match grants this browser the order's access cookie and
 * opens the order; an unknown number and a wrong e-mail get the same answer, so the form cannot
 * be used to learn which order numbers exist.
 */
export async function lookupOrder(_previous: StepState, posted: unknown): Promise<StepState> {
  const form = postedForm(posted);
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: 'Order' });
  const checkoutT = await getTranslations({ locale, namespace: 'Checkout' });
  const orderId = String(form.get('orderId') ?? '')
    .trim()
    .toUpperCase()
    .slice(0, 20);
  const email = String(form.get('email') ?? '')
    .trim()
    .slice(0, 300);
  const values = { orderId, email };

  const errors: Record<string, string> = {};
  if (!ORDER_NUMBER.test(orderId)) errors.orderId = t('invalidNumber');
  const emailError = checkEmail(email);
  if (emailError) errors.email = checkoutT(`errors.${emailError}`);
  if (Object.keys(errors).length > 0) return { errors, values };

  const found = await checkout.lookupOrder(orderId, email);
  if (!found.ok)
    return { message: isNotFound(found.error) ? t('notFound') : t('unavailable'), values };
  await grantOrderAccess(found.value);
  redirect(routes.order(locale, found.value.id));
}
