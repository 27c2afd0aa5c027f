import { describe, expect, it } from 'vitest';
import { loadDocuments } from './openapi-documents';
import {
  shippingAddressSchema,
  COUNTRIES as SERVICE_COUNTRIES,
  POSTAL_CODE_FORMATS as SERVICE_FORMATS,
  type Country,
} from '../checkout/address';
import { addressFormat, COUNTRIES as STOREFRONT_COUNTRIES } from '@/lib/address/address-formats';
import { checkPostalCode, checkRegion } from '@/lib/address/address-rules';

const STOREFRONT_FORMATS = Object.fromEntries(
  STOREFRONT_COUNTRIES.map((country) => [country, addressFormat(country).postalCodePattern]),
) as Record<Country, RegExp>;

/**
 * The storefront checks a postal code in the browser and in its server action; the checkout
 * service checks it again when the draft is saved and the order placed. If the two disagree, a
 * shopper either sees an error the service would not raise or gets past the form into a 400.
 */
// Keyed by the service's Country type, so a country added there needs samples here to compile.
const SAMPLES: Record<Country, { valid: string[]; invalid: string[] }> = {
  US: {
    valid: ['10001', '94105-1234', ' 02139 ', '00000'],
    invalid: ['1000', '100011', '94105-123', '94105-12345', '94105 1234', '94105-', 'ABCDE', ''],
  },
  DE: {
    valid: ['10115', '01067', '\t80331\n'],
    invalid: ['1011', '101155', 'D-10115', '10115-1234', '10 115', '１０１１５', ''],
  },
  FR: {
    valid: ['75001', '97400', '20000'],
    invalid: ['7500', '750011', '2A004', '75 001', 'F-75001', '75001-1234'],
  },
  JP: {
    valid: ['100-0001', '1000001', ' 060-0042 '],
    invalid: ['100-001', '10-00001', '100 0001', '100--0001', '100-00011', '〒100-0001', ''],
  },
};

const address = { name: 'Erika', line1: 'Hauptstraße 1', city: 'Berlin' };

/** The service's verdict: does its address schema raise anything on `field`? */
function serviceAccepts(
  postalCode: string,
  country: string,
  region?: string,
  field = 'postalCode',
): boolean {
  const result = shippingAddressSchema.safeParse({ ...address, postalCode, country, region });
  if (result.success) return true;
  return !result.error.issues.some((issue) => issue.path.join('.') === field);
}

const storefrontAccepts = (postalCode: string, country: string) =>
  checkPostalCode(postalCode, country) === undefined;

/** checkout.yaml states the formats in prose ("US ^\d{5}(-\d{4})?$, DE ..."): a third copy. */
function documentedFormats(): Record<string, string> {
  const checkout = loadDocuments().find((document) => document.service === 'checkout')!;
  const description = String(checkout.schemas.ShippingAddress?.description);
  return Object.fromEntries(
    [...description.matchAll(/\b([A-Z]{2}) (\^\S+\$)/g)].map(([, country, source]) => [
      country,
      source,
    ]),
  );
}

describe('postal codes: storefront field rules and checkout service agree', () => {
  it('know the same countries, and so do checkout.yaml and cart.yaml', () => {
    const documents = loadDocuments();
    const countryEnum = (service: string) =>
      documents.find((document) => document.service === service)?.schemas.Country?.enum;
    expect([...STOREFRONT_COUNTRIES].sort()).toEqual([...SERVICE_COUNTRIES].sort());
    expect([...SERVICE_COUNTRIES].sort()).toEqual(Object.keys(SAMPLES).sort());
    expect(countryEnum('checkout')).toEqual([...SERVICE_COUNTRIES]);
    expect(countryEnum('cart')).toEqual([...SERVICE_COUNTRIES]);
  });

  it('both refuse a country neither ships to', () => {
    expect(storefrontAccepts('10115', 'GB')).toBe(false);
    expect(
      shippingAddressSchema.safeParse({ ...address, postalCode: '10115', country: 'GB' }),
    ).toMatchObject({ success: false });
  });

  for (const [country, { valid, invalid }] of Object.entries(SAMPLES)) {
    it(`accept every valid and refuse every invalid ${country} sample`, () => {
      const verdicts = (samples: string[]) =>
        samples.map((sample) => ({
          sample,
          storefront: storefrontAccepts(sample, country),
          service: serviceAccepts(sample, country),
        }));
      const expected = (samples: string[], accepted: boolean) =>
        samples.map((sample) => ({ sample, storefront: accepted, service: accepted }));
      expect(verdicts(valid)).toEqual(expected(valid, true));
      expect(verdicts(invalid)).toEqual(expected(invalid, false));
    });
  }

  it('write the same format for every country as checkout.yaml documents it', () => {
    // Samples can miss an edge; three identical copies of each pattern cannot disagree on one.
    const written = (formats: Record<Country, RegExp>, part: 'source' | 'flags') =>
      Object.fromEntries(
        Object.entries(formats).map(([country, format]) => [country, format[part]]),
      );
    expect(written(STOREFRONT_FORMATS, 'source')).toEqual(written(SERVICE_FORMATS, 'source'));
    expect(written(STOREFRONT_FORMATS, 'flags')).toEqual(written(SERVICE_FORMATS, 'flags'));
    expect(documentedFormats()).toEqual(written(SERVICE_FORMATS, 'source'));
  });
});

describe('states and prefectures: storefront field rules and checkout service agree', () => {
  const postalCodes: Record<Country, string> = {
    US: '94107',
    DE: '10115',
    FR: '75001',
    JP: '100-0001',
  };
  const candidates = [
    'CA',
    'DC',
    'NY',
    'JP-13',
    'JP-01',
    'JP-47',
    'JP-48',
    'ca',
    ' CA ',
    'PR',
    'XX',
    'Tokyo',
    '東京都',
    '',
  ];

  for (const country of SERVICE_COUNTRIES) {
    it(`give the same verdict on every ${country} region candidate`, () => {
      const verdicts = candidates.map((region) => ({
        region,
        storefront: checkRegion(region, country) === undefined,
        service: serviceAccepts(postalCodes[country], country, region, 'region'),
      }));
      expect(verdicts.filter((verdict) => verdict.storefront !== verdict.service)).toEqual([]);
      // And the verdicts are the ones the definition means, not two agreeing mistakes.
      const accepted = verdicts.filter((verdict) => verdict.storefront).map((v) => v.region);
      const expected = {
        US: ['CA', 'DC', 'NY', ' CA '],
        JP: ['JP-13', 'JP-01', 'JP-47'],
        DE: [''],
        FR: [''],
      };
      expect(accepted).toEqual(expected[country]);
    });
  }
});
