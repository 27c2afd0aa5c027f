import createMiddleware from 'next-intl/middleware';
import type { NextRequest, NextResponse } from 'next/server';
import { localeOfPath } from '@/lib/i18n/markets';
import { routing } from '@/lib/i18n/routing';

const negotiate = createMiddleware(routing);

/**
 * A request that already names a supported locale goes straight through: that is every
 * cached page view, so it costs one string comparison. Anything else (the bare domain, a
 * mistyped or lower-case locale) is negotiated by next-intl from the cookie and
 * Accept-Language and redirected.
 */
export function routeLocale(request: NextRequest): NextResponse | undefined {
  if (localeOfPath(request.nextUrl.pathname)) return undefined;
  return negotiate(request);
}
