import {
  ADDRESS_LIMITS,
  addressFieldsOf,
  isCountry,
  type AddressField,
  type Country,
} from '@/lib/address/address-formats';
import { checkPostalCode, checkRegion } from '@/lib/address/address-rules';
import {
  cardDigits,
  checkCardNumber,
  checkCvc,
  checkEmail,
  checkExpiry,
  checkText,
  parseExpiry,
  type FieldError,
} from './field-rules';

/** One step's form: the typed value when every field passes, else an error code per field. */
export type StepResult<T> =
  { ok: true; value: T } | { ok: false; errors: Record<string, FieldError> };

type Form = Record<string, string>;

function result<T>(errors: Record<string, FieldError | undefined>, value: () => T): StepResult<T> {
  const found = Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, FieldError] => entry[1] !== undefined),
  );
  return Object.keys(found).length > 0
    ? { ok: false, errors: found }
    : { ok: true, value: value() };
}

const field = (form: Form, name: string) => (form[name] ?? '').trim();

export function readContact(form: Form): StepResult<{ email: string }> {
  return result({ email: checkEmail(field(form, 'email')) }, () => ({
    email: field(form, 'email'),
  }));
}

export interface AddressValue {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  /** State or prefecture code, for the countries that have them. */
  region?: string;
  postalCode: string;
  country: Country;
}

/** The posted country's fields only: a field another country's form had is not read. */
export function readAddress(form: Form): StepResult<AddressValue> {
  const country = field(form, 'country');
  if (!isCountry(country)) return { ok: false, errors: { country: 'invalidCountry' } };
  const fields = addressFieldsOf(country);
  const check: Record<AddressField, (value: string) => FieldError | undefined> = {
    name: (value) => checkText(value, ADDRESS_LIMITS.name),
    line1: (value) => checkText(value, ADDRESS_LIMITS.line1),
    line2: (value) => checkText(value, ADDRESS_LIMITS.line2, true),
    city: (value) => checkText(value, ADDRESS_LIMITS.city),
    region: (value) => checkRegion(value, country),
    postalCode: (value) => checkPostalCode(value, country),
  };
  const given = (name: AddressField) => (fields.includes(name) && field(form, name)) || undefined;
  return result(
    Object.fromEntries(fields.map((name) => [name, check[name](field(form, name))])),
    () => ({
      name: field(form, 'name'),
      line1: field(form, 'line1'),
      ...(given('line2') ? { line2: given('line2') } : {}),
      city: field(form, 'city'),
      ...(given('region') ? { region: given('region') } : {}),
      postalCode: field(form, 'postalCode'),
      country,
    }),
  );
}

const SHIPPING_METHODS = ['standard', 'express'] as const;
export type ShippingMethodValue = (typeof SHIPPING_METHODS)[number];

export function readShipping(form: Form): StepResult<{ shippingMethod: ShippingMethodValue }> {
  const method = field(form, 'shippingMethod');
  const known = SHIPPING_METHODS.find((candidate) => candidate === method);
  return result({ shippingMethod: known ? undefined : 'chooseShippingMethod' }, () => ({
    shippingMethod: known!,
  }));
}

export interface CardValue {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
}

export function readCard(form: Form): StepResult<CardValue> {
  return result(
    {
      cardNumber: checkCardNumber(field(form, 'cardNumber')),
      expiry: checkExpiry(field(form, 'expiry')),
      cvc: checkCvc(field(form, 'cvc')),
    },
    () => {
      const expiry = parseExpiry(field(form, 'expiry'))!;
      return {
        number: cardDigits(field(form, 'cardNumber')),
        expMonth: expiry.month,
        expYear: expiry.year,
        cvc: field(form, 'cvc'),
      };
    },
  );
}

/** The service's field paths and codes (`shippingAddress.postalCode: invalid_postal_code`) in the form's terms. */
export function fromServiceFields(
  fields: Record<string, string> | undefined,
): Record<string, FieldError> {
  const names: Record<string, string> = {
    'card.number': 'cardNumber',
    'card.expMonth': 'expiry',
    'card.expYear': 'expiry',
    'card.cvc': 'cvc',
  };
  const codes: Record<string, FieldError> = {
    required: 'required',
    invalid_email: 'invalidEmail',
    invalid_postal_code: 'invalidPostalCode',
    invalid_region: 'invalidRegion',
    invalid_card_number: 'invalidCardNumber',
    card_expired: 'cardExpired',
    too_big: 'tooLong',
  };
  return Object.fromEntries(
    Object.entries(fields ?? {}).map(([path, code]) => [
      names[path] ?? path.replace(/^shippingAddress\./, ''),
      codes[code] ?? 'invalid',
    ]),
  );
}
