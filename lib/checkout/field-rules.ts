/**
 * Checkout field rules as plain functions, so the browser can check a form before it is sent
 * (fast feedback, no schema library shipped) and the server applies the very same rules inside
 * its zod schemas (the server decides). Each returns an error code, a key of `Checkout.errors`.
 */
export type FieldError =
  | 'required'
  | 'invalidEmail'
  | 'tooLong'
  | 'invalidPostalCode'
  | 'invalidRegion'
  | 'invalidCountry'
  | 'invalidCardNumber'
  | 'invalidExpiry'
  | 'cardExpired'
  | 'invalidCvc'
  | 'chooseShippingMethod'
  | 'invalid';

export function checkText(value: string, max: number, optional = false): FieldError | undefined {
  const trimmed = value.trim();
  if (!trimmed) return optional ? undefined : 'required';
  return trimmed.length > max ? 'tooLong' : undefined;
}

// Deliberately simple: one @, a dot in the domain, no spaces. The service applies the full rule.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(value: string): FieldError | undefined {
  const trimmed = value.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > 254) return 'tooLong';
  return EMAIL.test(trimmed) ? undefined : 'invalidEmail';
}

/** Digits only: shoppers type spaces and dashes between groups. */
export const cardDigits = (value: string) => value.replace(/[\s-]/g, '');

export function checkCardNumber(value: string): FieldError | undefined {
  const digits = cardDigits(value);
  if (!digits) return 'required';
  return /^\d{12,19}$/.test(digits) && luhn(digits) ? undefined : 'invalidCardNumber';
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** `MM/YY` (or `MM/YYYY`) into month and four-digit year. */
export function parseExpiry(value: string): { month: number; year: number } | undefined {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!match) return undefined;
  const month = Number(match[1]);
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return month >= 1 && month <= 12 ? { month, year } : undefined;
}

export function checkExpiry(value: string, now = new Date()): FieldError | undefined {
  if (!value.trim()) return 'required';
  const expiry = parseExpiry(value);
  if (!expiry) return 'invalidExpiry';
  const current = now.getFullYear() * 12 + now.getMonth() + 1;
  return expiry.year * 12 + expiry.month < current ? 'cardExpired' : undefined;
}

export function checkCvc(value: string): FieldError | undefined {
  if (!value.trim()) return 'required';
  return /^\d{3,4}$/.test(value.trim()) ? undefined : 'invalidCvc';
}
