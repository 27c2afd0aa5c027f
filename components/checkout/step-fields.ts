import type { FieldSpec } from '@/components/ui/form-field';
import { COUNTRIES, type Country, type FieldError } from '@/lib/checkout/field-rules';
import { markets, type Locale } from '@/lib/i18n/markets';
import { formatMoney } from '@/lib/i18n/money';
import type { CheckoutDraft } from '@/lib/services/cart/client';
import type { ShippingRate } from '@/lib/services/checkout/client';

type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  raw: (key: string) => unknown;
};

const POSTAL_EXAMPLES: Record<Country, string> = {
  US: '94107',
  DE: '10115',
  FR: '75001',
  JP: '100-0001',
};

/** Every field error in the shopper's language, for the browser's own checks. */
export function fieldErrorMessages(t: Translate): Record<FieldError, string> {
  return t.raw('errors') as Record<FieldError, string>;
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

/** The address fields, filled with `saved` (the checkout draft's address, or one from the address book). */
export function addressFields(
  t: Translate,
  saved: CheckoutDraft['shippingAddress'],
  locale: Locale,
): FieldSpec[] {
  const country = saved?.country ?? markets[locale].country;
  return [
    {
      name: 'name',
      label: t('name'),
      kind: 'text',
      autoComplete: 'shipping name',
      maxLength: 100,
      defaultValue: saved?.name,
    },
    {
      name: 'line1',
      label: t('line1'),
      kind: 'text',
      autoComplete: 'shipping address-line1',
      maxLength: 200,
      defaultValue: saved?.line1,
    },
    {
      name: 'line2',
      label: t('line2'),
      kind: 'text',
      autoComplete: 'shipping address-line2',
      maxLength: 200,
      optional: true,
      defaultValue: saved?.line2,
    },
    {
      name: 'city',
      label: t('city'),
      kind: 'text',
      autoComplete: 'shipping address-level2',
      maxLength: 100,
      defaultValue: saved?.city,
    },
    {
      name: 'postalCode',
      label: t('postalCode'),
      kind: 'text',
      autoComplete: 'shipping postal-code',
      maxLength: 16,
      hint: t('postalHint', { example: POSTAL_EXAMPLES[country] }),
      defaultValue: saved?.postalCode,
    },
    {
      name: 'country',
      label: t('country'),
      kind: 'select',
      autoComplete: 'shipping country',
      defaultValue: country,
      options: COUNTRIES.map((code) => ({ value: code, label: t(`countries.${code}`) })),
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
