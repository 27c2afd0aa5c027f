import type { Locale } from '@/lib/i18n/markets';

/** A tax rate in millionths (72_500 is 7.25 %), written the locale's way. */
export function formatTaxRate(ratePerMillion: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 3 }).format(
    ratePerMillion / 1_000_000,
  );
}
