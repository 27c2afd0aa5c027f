import type { FieldSpec } from '@/components/ui/form-field';
import {
  ADDRESS_LIMITS,
  COUNTRIES,
  addressFormat,
  isCountry,
  regionName,
  type AddressField,
  type Country,
} from '@/lib/address/address-formats';
import { markets, type Locale } from '@/lib/i18n/markets';
import type { CheckoutDraft } from '@/lib/services/cart/client';

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Address = NonNullable<CheckoutDraft['shippingAddress']>;

// The `shipping` section keeps a browser from filling these with a billing address.
const AUTOCOMPLETE: Record<AddressField, string> = {
  name: 'shipping name',
  line1: 'shipping address-line1',
  line2: 'shipping address-line2',
  city: 'shipping address-level2',
  region: 'shipping address-level1',
  postalCode: 'shipping postal-code',
};

/**
 * The address form: the country first (the shopper's market unless `saved` says otherwise),
 * then that country's fields in its order from lib/address/, filled with `saved` (the checkout
 * draft's address, or one from the address book).
 */
export function addressFields(
  t: Translate,
  saved: Address | undefined,
  locale: Locale,
): FieldSpec[] {
  const country = saved && isCountry(saved.country) ? saved.country : markets[locale].country;
  return [
    {
      name: 'country',
      label: t('country'),
      kind: 'select',
      autoComplete: 'shipping country',
      defaultValue: country,
      options: COUNTRIES.map((code) => ({ value: code, label: t(`countries.${code}`) })),
      fieldsFor: Object.fromEntries(
        COUNTRIES.map((code) => [
          code,
          countryFields(t, code, saved?.country === code ? saved : undefined, locale),
        ]),
      ),
    },
  ];
}

function countryFields(
  t: Translate,
  country: Country,
  saved: Address | undefined,
  locale: Locale,
): FieldSpec[] {
  const format = addressFormat(country);
  return format.rows.flatMap((row) =>
    row.map((field): FieldSpec => {
      const spec: FieldSpec = {
        name: field,
        label: t(format.labels[field] ?? field),
        kind: 'text',
        autoComplete: AUTOCOMPLETE[field],
        defaultValue: saved?.[field],
        ...(row.length > 1 ? { row: row.join('+') } : {}),
      };
      if (field === 'region')
        return {
          ...spec,
          kind: 'select',
          options: [
            { value: '', label: t('chooseRegion') },
            ...(format.regions ?? []).map((region) => ({
              value: region.code,
              label: regionName(country, region.code, locale) ?? region.name,
            })),
          ],
        };
      const limits = { ...spec, maxLength: ADDRESS_LIMITS[field] };
      if (field === 'line2') return { ...limits, optional: true };
      if (field === 'postalCode')
        return { ...limits, hint: t('postalHint', { example: format.postalCode.example }) };
      return limits;
    }),
  );
}
