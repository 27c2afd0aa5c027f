import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from './markets';

/**
 * The `[locale]` segment as a checked Locale. Layout and page render concurrently, so each
 * page checks for itself; an unknown value (e.g. /favicon.ico) is a 404, never a crash.
 * setRequestLocale keeps next-intl from reading headers, which would make the route dynamic.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
