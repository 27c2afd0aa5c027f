import type { Metadata } from 'next';
import { defaultLocale, locales, type Locale } from '@/lib/i18n/markets';

/** Canonical URL of this locale's page plus hreflang alternates for every locale (and x-default). */
export function alternatesFor(locale: Locale, pathWithoutLocale: string): Metadata['alternates'] {
  const path = (l: Locale) => `/${l}${pathWithoutLocale}`;
  return {
    canonical: path(locale),
    languages: {
      ...Object.fromEntries(locales.map((l) => [l, path(l)])),
      'x-default': path(defaultLocale),
    },
  };
}
