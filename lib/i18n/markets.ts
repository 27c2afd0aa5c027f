/**
 * Locales the storefront serves and the market each one sells in. The market decides the
 * currency, so a locale is all a cached page needs to know to price itself.
 */
export const markets = {
  'en-US': { market: 'US', currency: 'USD', country: 'US', label: 'United States (USD)' },
  'de-DE': { market: 'DE', currency: 'EUR', country: 'DE', label: 'Deutschland (EUR)' },
  'fr-FR': { market: 'FR', currency: 'EUR', country: 'FR', label: 'France (EUR)' },
  'ja-JP': { market: 'JP', currency: 'JPY', country: 'JP', label: '日本 (JPY)' },
} as const;

export type Locale = keyof typeof markets;
export type Currency = (typeof markets)[Locale]['currency'];

export const locales = Object.keys(markets) as Locale[];
export const defaultLocale: Locale = 'en-US';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(markets, value);
}

/** The supported locale a path starts with (`/de-DE/c/women` → de-DE), if any. */
export function localeOfPath(pathname: string): Locale | undefined {
  const segment = pathname.split('/', 2)[1];
  return locales.find((locale) => locale === segment);
}

export function currencyFor(locale: Locale): Currency {
  return markets[locale].currency;
}

/** The locale a form posted (a hidden field); anything else answers in the default locale. */
export function formLocale(form: FormData): Locale {
  const locale = form.get('locale');
  return isLocale(locale) ? locale : defaultLocale;
}
