'use server';

import { redirect } from 'next/navigation';
import { saveCheckoutAddress } from '@/lib/account/checkout-prefill';
import { getTranslations } from 'next-intl/server';
import { findCart } from '@/lib/cart/cart-session';
import { formLocale, type Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { cart, type Cart, type CheckoutDraftInput } from '@/lib/services/cart/client';
import type { Result } from '@/lib/services/transport/result';
import { payment } from '@/lib/services/payment/client';
import type { FieldError } from './field-rules';
import {
  fromServiceFields,
  readAddress,
  readCard,
  readContact,
  readShipping,
  type StepResult,
} from './step-forms';
import type { StepState } from './step-state';
import { firstOpenStep, nextStep, type CheckoutStep } from './steps';
import { postedForm } from '@/lib/forms/posted-form';

const CARD_FIELDS = new Set(['cardNumber', 'expiry', 'cvc']);

function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form)
    if (typeof value === 'string' && !name.startsWith('$')) values[name] = value.slice(0, 500);
  return values;
}

async function localized(
  locale: Locale,
  errors: Record<string, FieldError>,
  values: Record<string, string>,
  message?: string,
): Promise<StepState> {
  const t = await getTranslations({ locale, namespace: 'Checkout' });
  const echoed = Object.fromEntries(
    Object.entries(values).filter(([name]) => !CARD_FIELDS.has(name)),
  );
  return {
    errors: Object.fromEntries(
      Object.entries(errors).map(([name, code]) => [name, t(`errors.${code}`)]),
    ),
    values: echoed,
    ...(message ? { message: t(message) } : {}),
  };
}

/**
 * One checkout step: validate the form with the same rules the browser ran, save the answer on
 * the cart's checkout draft (the service validates again), then open the next step. Errors come
 * back per field, in the shopper's language, with what they typed.
 */
async function saveStep<T>(
  step: Exclude<CheckoutStep, 'review'>,
  posted: unknown,
  read: (values: Record<string, string>) => StepResult<T>,
  save: (
    current: Cart,
    value: T,
  ) => Promise<Result<Cart> | { ok: false; fieldErrors: Record<string, FieldError> }>,
): Promise<StepState> {
  const form = postedForm(posted);
  const locale = formLocale(form);
  const values = formValues(form);
  const found = await findCart(locale);
  if (found.ok && (!found.value || found.value.lines.length === 0)) redirect(routes.cart(locale));
  if (!found.ok) return localized(locale, {}, values, 'unavailable');

  const parsed = read(values);
  if (!parsed.ok) return localized(locale, parsed.errors, values);
  const saved = await save(found.value!, parsed.value);
  if (!saved.ok) {
    if ('fieldErrors' in saved) return localized(locale, saved.fieldErrors, values);
    const fields = fromServiceFields(saved.error.fields);
    return localized(
      locale,
      fields,
      values,
      Object.keys(fields).length > 0 ? undefined : 'unavailable',
    );
  }
  const next =
    form.get('returnTo') === 'review' ? firstOpenStep(saved.value.checkout) : nextStep(step);
  redirect(routes.checkoutStep(locale, next));
}

const saveDraft = (current: Cart, draft: CheckoutDraftInput) =>
  cart.saveCheckout(current.id, draft);

export async function saveContact(_previous: StepState, posted: unknown): Promise<StepState> {
  return saveStep('contact', posted, readContact, (current, value) => saveDraft(current, value));
}

export async function saveAddress(_previous: StepState, posted: unknown): Promise<StepState> {
  const keep = postedForm(posted).get('saveToAccount') === 'on';
  return saveStep('address', posted, readAddress, async (current, shippingAddress) => {
    const saved = await saveDraft(current, { shippingAddress });
    if (saved.ok && keep) await saveCheckoutAddress(shippingAddress);
    return saved;
  });
}

export async function saveShipping(_previous: StepState, posted: unknown): Promise<StepState> {
  return saveStep('shipping', posted, readShipping, (current, value) => saveDraft(current, value));
}

/** The card goes to the payment service only; the draft keeps its token, brand and last four digits. */
export async function savePayment(_previous: StepState, posted: unknown): Promise<StepState> {
  return saveStep('payment', posted, readCard, async (current, card) => {
    const method = await payment.createMethod(card);
    if (!method.ok) {
      const fieldErrors = fromServiceFields(method.error.fields);
      return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : method;
    }
    const { id, brand, last4 } = method.value;
    return saveDraft(current, { paymentMethod: { id, brand, last4 } });
  });
}
