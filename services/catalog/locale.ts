import { z } from 'zod';

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'ja-JP'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** A text in every supported locale. */
export type Localized = Record<Locale, string>;

/** Compact constructor for word tables, in LOCALES order. */
export function localized(en: string, de: string, fr: string, ja: string): Localized {
  return { 'en-US': en, 'de-DE': de, 'fr-FR': fr, 'ja-JP': ja };
}
