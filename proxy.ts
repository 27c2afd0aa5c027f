import { NextResponse, type NextRequest } from 'next/server';
import { assignExperiments } from '@/lib/edge/experiments';
import { routeLocale } from '@/lib/edge/locale';
import { opsToken } from '@/lib/edge/ops-token';

type Step = (request: NextRequest) => NextResponse | undefined | Promise<NextResponse | undefined>;

/**
 * The edge layer, one small function per concern, each returning a response to short-circuit
 * or undefined to pass. Written against Web APIs only, so it ports to an edge runtime.
 */
const steps: Step[] = [opsToken, routeLocale, assignExperiments];

export default async function proxy(request: NextRequest): Promise<NextResponse> {
  for (const step of steps) {
    const response = await step(request);
    if (response) return response;
  }
  return NextResponse.next();
}

export const config = {
  // Only requests that need a decision pay for the proxy: API routes, Next internals, files and
  // locale-prefixed pages skip it, except the pages under experiment (home and product). Under
  // `npm start` those arrive already rewritten to their variant paths (scripts/serve.ts), which
  // match nothing here, so only crawlers' requests for them reach the proxy. Next needs literals
  // here; a unit test keeps the locale lists in step with lib/i18n/markets.ts.
  matcher: [
    '/((?!api/|_next/|_vercel/|(?:en-US|de-DE|fr-FR|ja-JP)(?:/|$)|.*\\..*).*)',
    '/(en-US|de-DE|fr-FR|ja-JP)',
    '/(en-US|de-DE|fr-FR|ja-JP)/p/:slug',
  ],
};
