import { z } from 'zod';
import definition from '../../openapi/address-formats.json';

/**
 * Shipping addresses as openapi/address-formats.json defines them per country: the storefront
 * renders and checks its forms from the same file, so a state, prefecture or postal code one
 * side accepts the other accepts too.
 */
export type Country = keyof typeof definition.countries;
export const COUNTRIES = Object.keys(definition.countries) as [Country, ...Country[]];

const FIELDS = ['name', 'line1', 'line2', 'city', 'region', 'postalCode'] as const;

// The file is data another team may edit: a typo in it should stop the services at start-up,
// not surface as a shopper's 500.
const formatSchema = z
  .object({
    rows: z.array(z.array(z.enum(FIELDS)).min(1)).min(1),
    labels: z.partialRecord(z.enum(FIELDS), z.string()),
    postalCode: z.object({ pattern: z.string(), example: z.string() }),
    regions: z
      .array(z.object({ code: z.string().min(1) }).loose())
      .min(1)
      .optional(),
    print: z.array(z.string()).min(1),
  })
  .transform((format) => ({
    ...format,
    postalCodePattern: new RegExp(format.postalCode.pattern),
    regionCodes: format.regions && new Set(format.regions.map((region) => region.code)),
  }));
const limitsSchema = z.object({
  name: z.number().int().positive(),
  line1: z.number().int().positive(),
  line2: z.number().int().positive(),
  city: z.number().int().positive(),
  postalCode: z.number().int().positive(),
});
const formats = z.record(z.enum(COUNTRIES), formatSchema).parse(definition.countries);
const limits = limitsSchema.parse(definition.limits);

export const POSTAL_CODE_FORMATS = Object.fromEntries(
  COUNTRIES.map((country) => [country, formats[country].postalCodePattern]),
) as Record<Country, RegExp>;

/** The region codes a country's addresses must name (US states + DC, JP prefectures), if any. */
export const regionCodes = (country: Country): ReadonlySet<string> | undefined =>
  formats[country].regionCodes;

const text = (max: number) => z.string().trim().min(1).max(max);

export const shippingAddressSchema = z
  .object({
    name: text(limits.name),
    line1: text(limits.line1),
    line2: z.string().trim().max(limits.line2).optional(),
    city: text(limits.city),
    // Blank is no region: a form may post an empty select.
    region: z
      .string()
      .trim()
      .max(16)
      .optional()
      .transform((region) => region || undefined),
    postalCode: z.string().trim().min(1).max(limits.postalCode),
    country: z.enum(COUNTRIES),
  })
  .strict()
  .superRefine((address, context) => {
    const invalid = (field: 'postalCode' | 'region', code: string, message: string) =>
      context.addIssue({ code: 'custom', path: [field], params: { code }, message });
    if (!POSTAL_CODE_FORMATS[address.country].test(address.postalCode))
      invalid('postalCode', 'invalid_postal_code', `is not a valid ${address.country} postal code`);
    const codes = regionCodes(address.country);
    if (codes && !address.region)
      invalid('region', 'required', `is required in ${address.country}`);
    else if (address.region && !codes?.has(address.region))
      invalid('region', 'invalid_region', `is not a region of ${address.country}`);
  });
export type ShippingAddress = z.infer<typeof shippingAddressSchema>;
