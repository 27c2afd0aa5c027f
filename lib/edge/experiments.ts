import { NextResponse, type NextRequest } from 'next/server';
import { EDGE_ROUTED_HEADER } from '@/lib/experiments/edge-assignment';
import {
  routeExperiments,
  type CookieChange,
  type ExperimentRoute,
} from '@/lib/experiments/routing';
import { experimentCookieOptions } from '@/lib/experiments/visitor-id';

/**
 * The proxy's experiments step (lib/experiments/routing.ts decides): pages under experiment are
 * rewritten to their variant combination's ISR page. Under `npm start` the production server
 * (scripts/serve.ts) makes the same decision before Next sees the request, and the rewritten
 * path no longer matches the proxy; this step serves `next dev` and hosts that run Next their
 * own way.
 */
export async function assignExperiments(request: NextRequest): Promise<NextResponse | undefined> {
  // Routed by a cache tier in front already (edge-assignment.ts): served as it is.
  if (request.headers.get(EDGE_ROUTED_HEADER) === '1') return undefined;
  let route: ExperimentRoute;
  try {
    const { pathname, searchParams } = request.nextUrl;
    route = await routeExperiments(
      {
        pathname,
        searchParams,
        cookie: (name) => request.cookies.get(name)?.value,
        headers: request.headers,
      },
      process.env.FLAGS_SECRET,
    );
  } catch (error) {
    // Experiments are never worth a failed page: the plain page (everyone's control) it is.
    console.error('experiments: assignment failed, serving the plain page', error);
    return undefined;
  }
  switch (route.kind) {
    case 'other':
      return undefined;
    case 'not-found':
      return new NextResponse(null, { status: 404 });
    case 'plain':
      return route.perVisitor ? privately(NextResponse.next()) : NextResponse.next();
    case 'rewrite': {
      const target = request.nextUrl.clone();
      target.pathname = route.pathname;
      return privately(withCookies(NextResponse.rewrite(target), route.cookies));
    }
  }
}

function withCookies(response: NextResponse, cookies: CookieChange[]): NextResponse {
  for (const { name, value, maxAge } of cookies) {
    if (value === null) response.cookies.delete(name);
    else response.cookies.set(name, value, { ...experimentCookieOptions(), maxAge });
  }
  return response;
}

/**
 * A choice made for this visitor: no cache keyed by URL alone may keep it. (On Vercel the proxy
 * runs before the cache, which keeps each variant page by its rewritten path.)
 */
function privately(response: NextResponse): NextResponse {
  response.headers.set('Cache-Control', 'private, no-cache');
  return response;
}
