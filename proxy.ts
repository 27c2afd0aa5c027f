import { NextResponse, type NextRequest } from 'next/server';
import { routeLocale } from '@/lib/edge/locale';

/**
 * The edge layer, one small function per concern, each returning a response to short-circuit
 * or undefined to pass. Written against Web APIs only, so it ports to an edge runtime.
 */
const steps: ((request: NextRequest) => NextResponse | undefined)[] = [routeLocale];

export default function proxy(request: NextRequest): NextResponse {
  for (const step of steps) {
    const response = step(request);
    if (response) return response;
  }
  return NextResponse.next();
}

export const config = {
  // Pages only: API routes, Next internals and files with an extension never pay for the proxy.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
