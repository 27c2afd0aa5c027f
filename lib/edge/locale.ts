import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { localeOfPath, locales, type Locale } from '@/lib/i18n/markets';
import { routing } from '@/lib/i18n/routing';

const negotiate = createMiddleware(routing);

/** `de`, `DE`, `de-de` → de-DE: what a shopper types or a link shortens a locale to. */
const SPELLINGS = new Map<string, Locale>(
  locales.flatMap((locale) => [
    [locale.toLowerCase(), locale],
    [locale.split('-')[0]!.toLowerCase(), locale],
  ]),
);

/**
 * A request that already names a supported locale goes straight through: that is every
 * cached page view, so it costs one string comparison. A first segment that spells a locale
 * another way (`/de`, `/de-de/c/women`) is sent to that locale with the rest of the path kept:
 * negotiation would read it as a page and send `/de` to `/en-US/de`, a 404. Anything else (the
 * bare domain, a path without a locale) is negotiated by next-intl from the cookie and
 * Accept-Language and redirected.
 */
export function routeLocale(request: NextRequest): NextResponse | undefined {
  const { pathname } = request.nextUrl;
  if (localeOfPath(pathname)) return undefined;
  const [, first = '', ...rest] = pathname.split('/');
  const spelled = SPELLINGS.get(first.toLowerCase());
  if (!spelled) return negotiate(request);
  // A plain URL: NextURL would put back the trailing slash of `/fr/`.
  const url = new URL(request.url);
  url.pathname = ['', spelled, ...rest].join('/').replace(/\/$/, '') || '/';
  return NextResponse.redirect(url, 308);
}
