import { defaultLocale, type Locale } from '@/lib/i18n/markets';

/**
 * OpenGraph images are drawn offline with the one font next/og bundles (Geist, Latin only).
 * A glyph it lacks makes next/og fetch a font from Google, which fails without a network, so
 * locales in another script draw their text in the default locale, and every string is cut
 * down to characters the font has.
 */
const LATIN_LOCALES: ReadonlySet<Locale> = new Set(['en-US', 'de-DE', 'fr-FR']);

export function ogTextLocale(locale: Locale): Locale {
  return LATIN_LOCALES.has(locale) ? locale : defaultLocale;
}

/** Basic Latin, Latin-1, Latin Extended-A, general punctuation, euro sign. */
const UNSUPPORTED = /[^\u0020-\u007e\u00a0-\u017f\u2010-\u2027\u20ac]/gu;
const ODD_SPACES = /[\u2000-\u200b\u202f\u205f\u3000]/gu;

export function ogSafeText(text: string, maxLength = 80): string {
  const clean = text.replace(ODD_SPACES, ' ').replace(UNSUPPORTED, '').replace(/\s+/gu, ' ').trim();
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1).trimEnd()}…` : clean;
}
