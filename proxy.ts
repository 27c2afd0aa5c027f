import { NextResponse, type NextRequest } from 'next/server';
import { routeLocale } from '@/lib/edge/locale';
import { opsToken } from '@/lib/edge/ops-token';

/**
 * The edge layer, one small function per concern, each returning a response to short-circuit
 * or undefined to pass. Written against Web APIs only, so it ports to an edge runtime.
 */
const steps: ((request: NextRequest) => NextResponse | undefined)[] = [opsToken, routeLocale];

export default function proxy(request: NextRequest): NextResponse {
  for (const step of steps) {
    const response = step(request);
    if (response) return response;
  }
  return NextResponse.next();
}

export const config = {
  // Only requests that need a decision pay for the proxy: API routes, Next internals, files
  // and every locale-prefixed page (all cached HTML) skip it. Next needs this literal; a unit
  // test keeps the locale list in step with lib/i18n/markets.ts.
  matcher: ['/((?!api/|_next/|_vercel/|(?:en-US|de-DE|fr-FR|ja-JP)(?:/|$)|.*\\..*).*)'],
};
