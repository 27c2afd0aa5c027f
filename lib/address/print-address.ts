import { fillTemplate } from '@/lib/i18n/fill-template';
import { addressFormat, isCountry, regionName } from './address-formats';

interface PrintableAddress {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
}

/**
 * An address as its country prints it (US "Springfield, CA 94107", JP "〒100-0001" then
 * prefecture, city and street), a prefecture named in the reader's language. The country's own
 * name is left to the caller, which knows the page's language.
 */
export function printAddress(address: PrintableAddress, locale: string): string[] {
  if (!isCountry(address.country))
    return [address.name, address.line1, address.line2 ?? '', address.city].filter(Boolean);
  const region = address.region ?? '';
  const values = {
    ...address,
    line2: address.line2 ?? '',
    region,
    regionName: regionName(address.country, region, locale) ?? region,
  };
  return addressFormat(address.country)
    .print.map((line) =>
      fillTemplate(line, values)
        // An address saved before regions were asked for leaves a gap where the region goes.
        .replace(/\s+/g, ' ')
        .replace(/\s,/g, ',')
        .trim(),
    )
    .filter(Boolean);
}
