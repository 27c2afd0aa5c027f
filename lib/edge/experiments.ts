import { NextResponse, type NextRequest } from 'next/server';
import {
  EXPERIMENT_VARY,
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
    case 'identify':
      return withCookies(NextResponse.next(), route.cookies, true);
    case 'not-found':
      return new NextResponse(null, { status: 404 });
    case 'plain':
      return varying(NextResponse.next());
    case 'rewrite': {
      const target = request.nextUrl.clone();
      target.pathname = route.pathname;
      return varying(withCookies(NextResponse.rewrite(target), route.cookies, route.private));
    }
  }
}

function withCookies(
  response: NextResponse,
  cookies: CookieChange[],
  isPrivate: boolean,
): NextResponse {
  for (const { name, value, maxAge } of cookies) {
    if (value === null) response.cookies.delete(name);
    else response.cookies.set(name, value, { ...experimentCookieOptions(), maxAge });
  }
  if (isPrivate) response.headers.set('Cache-Control', 'private, no-cache');
  return response;
}

function varying(response: NextResponse): NextResponse {
  response.headers.set('Vary', EXPERIMENT_VARY);
  return response;
}
