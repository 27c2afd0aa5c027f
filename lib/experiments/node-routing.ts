import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookie, stringifyCookie } from '@edge-runtime/cookies';
import { localeOfPath } from '@/lib/i18n/markets';
import {
  EDGE_PATH_HEADER,
  EDGE_ROUTED_HEADER,
  edgeVariant,
  VARIANT_CODE_HEADER,
} from './edge-assignment';
import { routeExperiments, type CookieChange, type RoutedRequest } from './routing';
import { VARIANT_SEGMENT } from './variant-path';
import { experimentCookieOptions } from './visitor-id';

/**
 * The experiment routing for a node:http request, before Next sees it (scripts/serve.ts): the
 * request's URL becomes the variant page's, and the cookies and cache headers go on the
 * response Next then writes. Next's own proxy costs a cached page about a third of its
 * throughput just by running (BENCHMARKS.md); done here, the rewritten path no longer matches
 * the proxy at all. Any failure leaves the request as it came: the plain page.
 *
 * A request a cache tier has routed already (`x-edge-routed`, edge-assignment.ts) is served as
 * it is: its path is the variant page's, or the plain page's, and the response is the one the
 * tier keeps for everyone in that variant.
 */
export async function routeNodeRequest(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  secret: string | undefined,
): Promise<void> {
  if (incoming.method !== 'GET' && incoming.method !== 'HEAD') return;
  if (incoming.headers[EDGE_ROUTED_HEADER] === '1') return;
  const url = new URL(incoming.url ?? '/', 'http://localhost');
  const locale = localeOfPath(url.pathname);
  if (!locale) return;
  try {
    const route = await routeExperiments(routedRequest(incoming, url), secret);
    if (route.kind === 'other') return;
    // The localized not-found page: no route lives at `/<locale>/variants` itself.
    if (route.kind === 'not-found') incoming.url = `/${locale}/${VARIANT_SEGMENT}`;
    if (route.kind === 'plain' && route.perVisitor) keepPrivate(outgoing);
    if (route.kind !== 'rewrite') return;
    incoming.url = `${route.pathname}${url.search}`;
    // What Next's own proxy rewrite tells the client router for an RSC request: the path the
    // payload was rendered for. Without it the router finds a tree that does not match the URL
    // it asked for and fetches again, endlessly.
    if (incoming.headers.rsc === '1') outgoing.setHeader(REWRITTEN_PATH_HEADER, route.pathname);
    setCookies(outgoing, route.cookies);
    // A choice made for this visitor: no cache keyed by URL alone may keep it. A cache tier
    // shares these pages per variant by asking answerEdgeVariant() first.
    keepPrivate(outgoing);
  } catch (error) {
    console.error('experiments: assignment failed, serving the plain page', error);
  }
}

/**
 * `GET /api/edge/variant`, the cache tier's question (edge-assignment.ts): which variant of the
 * page in `x-edge-path` this visitor gets. Answered before Next, like the RUM beacon: a first
 * visit through the tier costs this and nothing else at the origin.
 */
export async function answerEdgeVariant(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  secret: string | undefined,
): Promise<void> {
  const path = headerValue(incoming, EDGE_PATH_HEADER);
  const url = path?.startsWith('/') ? new URL(path, 'http://localhost') : undefined;
  if (!url) {
    outgoing.writeHead(400, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
    outgoing.end(`${EDGE_PATH_HEADER} must hold the path of the page asked for`);
    return;
  }
  const { code, cookies } = await edgeVariant(routedRequest(incoming, url), secret);
  setCookies(outgoing, cookies);
  outgoing.writeHead(204, { [VARIANT_CODE_HEADER]: code, 'cache-control': 'private, no-store' });
  outgoing.end();
}

function routedRequest(incoming: IncomingMessage, url: URL): RoutedRequest {
  const cookies = parseCookie(incoming.headers.cookie ?? '');
  return {
    pathname: url.pathname,
    searchParams: url.searchParams,
    cookie: (name) => cookies.get(name),
    headers: { get: (name: string) => headerValue(incoming, name) },
  };
}

function setCookies(outgoing: ServerResponse, cookies: CookieChange[]): void {
  if (cookies.length === 0) return;
  outgoing.setHeader(
    'Set-Cookie',
    cookies.map(({ name, value, maxAge }) =>
      stringifyCookie({
        name,
        value: value ?? '',
        ...experimentCookieOptions(),
        ...(value === null ? { expires: new Date(0) } : { maxAge }),
      }),
    ),
  );
}

/** Next keeps a Cache-Control set before it (send-payload.js), over its cache entry's own. */
function keepPrivate(outgoing: ServerResponse): void {
  outgoing.setHeader('Cache-Control', 'private, no-cache');
}

/** next/dist/client/components/app-router-headers NEXT_REWRITTEN_PATH_HEADER (not a public export). */
const REWRITTEN_PATH_HEADER = 'x-nextjs-rewritten-path';

function headerValue(incoming: IncomingMessage, name: string): string | null {
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? null);
}
