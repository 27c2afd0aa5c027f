import type { FieldError } from '@/lib/checkout/field-rules';
import { addressFormat, isCountry } from './address-formats';

/** A postal code in the country's format (the services check the same pattern). */
export function checkPostalCode(value: string, country: string): FieldError | undefined {
  const trimmed = value.trim();
  if (!trimmed) return 'required';
  if (!isCountry(country)) return 'invalidCountry';
  return addressFormat(country).postalCodePattern.test(trimmed) ? undefined : 'invalidPostalCode';
}

/** A state or prefecture the country has; a country without regions takes none. */
export function checkRegion(value: string, country: string): FieldError | undefined {
  if (!isCountry(country)) return 'invalidCountry';
  const regions = addressFormat(country).regions;
  const code = value.trim();
  if (!regions) return code ? 'invalidRegion' : undefined;
  if (!code) return 'required';
  return regions.some((region) => region.code === code) ? undefined : 'invalidRegion';
}
