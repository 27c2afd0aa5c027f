import definition from '@/openapi/address-formats.json';

/**
 * The address form of each country the shop ships to, read from openapi/address-formats.json:
 * the reference services check addresses against the same file (services/checkout/address.ts).
 */
export type Country = keyof typeof definition.countries;
export type AddressField = 'name' | 'line1' | 'line2' | 'city' | 'region' | 'postalCode';

interface Region {
  code: string;
  /** English or romanized. */
  name: string;
  /** The name in a language that writes it otherwise, by language code (`ja`). */
  names?: Partial<Record<string, string>>;
}

interface FormatData {
  /** Fields in the order a shopper fills them; fields sharing a row sit side by side. */
  rows: AddressField[][];
  /** A field's label where it is not the field's own (`Checkout.zipCode` for a US postal code). */
  labels: Partial<Record<AddressField, string>>;
  postalCode: { pattern: string; example: string };
  /** The states or prefectures an address must name, in the order a list shows them. */
  regions?: Region[];
  /** Printed lines: `{field}` placeholders, `{regionName}` for the region in the reader's language. */
  print: string[];
}

export interface AddressFormat extends FormatData {
  postalCodePattern: RegExp;
}

// Asserted, not parsed: the services parse the same file with zod at start-up, and
// lib/address/address-formats.test.ts checks it, so the browser ships no schema library.
const countries = definition.countries as Record<Country, FormatData>;

export const COUNTRIES = Object.keys(countries) as Country[];

export const ADDRESS_LIMITS: Record<Exclude<AddressField, 'region'>, number> = definition.limits;

export const isCountry = (value: unknown): value is Country => COUNTRIES.includes(value as Country);

const formats = Object.fromEntries(
  COUNTRIES.map((country) => [
    country,
    { ...countries[country], postalCodePattern: new RegExp(countries[country].postalCode.pattern) },
  ]),
) as Record<Country, AddressFormat>;

export const addressFormat = (country: Country): AddressFormat => formats[country];

/** The fields a country's form has, in order. */
export const addressFieldsOf = (country: Country): AddressField[] => formats[country].rows.flat();

/** A region's name for a reader of `locale` (東京都 in ja-JP, Tokyo elsewhere); undefined if unknown. */
export function regionName(country: Country, code: string, locale: string): string | undefined {
  const region = formats[country].regions?.find((candidate) => candidate.code === code);
  return region && (region.names?.[locale.split('-')[0]!] ?? region.name);
}
