import type { FieldSpec } from '@/components/ui/form-field';
import type { FieldError } from '@/lib/checkout/field-rules';
import type { Locale } from '@/lib/i18n/markets';
import { formatMoney } from '@/lib/i18n/money';
import type { CheckoutDraft } from '@/lib/services/cart/client';
import type { ShippingRate } from '@/lib/services/checkout/client';

type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  raw: (key: string) => unknown;
};

/** Every field error in the shopper's language, for the browser's own checks. */
export function fieldErrorMessages(t: Translate): Record<FieldError, string> {
  return t.raw('errors') as Record<FieldError, string>;
}

/** The saved answers a step's fields show (a country's address fields too), as a React key. */
export function savedAnswersKey(fields: FieldSpec[]): string {
  const answers = (specs: FieldSpec[]): unknown[] =>
    specs.map((spec) => [spec.defaultValue, Object.values(spec.fieldsFor ?? {}).map(answers)]);
  return JSON.stringify(answers(fields));
}

export function contactFields(t: Translate, email: string | undefined): FieldSpec[] {
  return [
    {
      name: 'email',
      label: t('email'),
      kind: 'email',
      autoComplete: 'email',
      hint: t('emailHint'),
      maxLength: 254,
      defaultValue: email,
    },
  ];
}

export function shippingFields(
  t: Translate,
  draft: CheckoutDraft,
  rates: ShippingRate[],
  locale: Locale,
): FieldSpec[] {
  return [
    {
      name: 'shippingMethod',
      label: t('shippingMethod'),
      kind: 'radio',
      defaultValue: draft.shippingMethod ?? rates[0]?.method,
      options: rates.map((rate) => ({
        value: rate.method,
        label: t(`methods.${rate.method}`),
        description: t('delivery', {
          price: formatMoney(rate.price, locale),
          min: rate.minDays,
          max: rate.maxDays,
        }),
      })),
    },
  ];
}

/** Card fields carry no saved values: the card is never stored here, only its token. */
export function paymentFields(t: Translate): FieldSpec[] {
  return [
    {
      name: 'cardNumber',
      label: t('cardNumber'),
      kind: 'text',
      autoComplete: 'cc-number',
      inputMode: 'numeric',
      maxLength: 23,
      placeholder: '4242 4242 4242 4242',
    },
    {
      name: 'expiry',
      label: t('expiry'),
      kind: 'text',
      autoComplete: 'cc-exp',
      inputMode: 'numeric',
      maxLength: 7,
      placeholder: 'MM/YY',
    },
    {
      name: 'cvc',
      label: t('cvc'),
      kind: 'text',
      autoComplete: 'cc-csc',
      inputMode: 'numeric',
      maxLength: 4,
      placeholder: '123',
    },
  ];
}
