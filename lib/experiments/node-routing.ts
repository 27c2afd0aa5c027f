import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookie, stringifyCookie } from '@edge-runtime/cookies';
import { localeOfPath } from '@/lib/i18n/markets';
import { EXPERIMENT_VARY, routeExperiments, type CookieChange } from './routing';
import { VARIANT_SEGMENT } from './variant-path';
import { experimentCookieOptions } from './visitor-id';

/**
 * The experiment routing for a node:http request, before Next sees it (scripts/serve.ts): the
 * request's URL becomes the variant page's, and the cookies and cache headers go on the
 * response Next then writes. Next's own proxy costs a cached page about a third of its
 * throughput just by running (BENCHMARKS.md); done here, the rewritten path no longer matches
 * the proxy at all. Any failure leaves the request as it came: the plain page.
 */
export async function routeNodeRequest(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  secret: string | undefined,
): Promise<void> {
  if (incoming.method !== 'GET' && incoming.method !== 'HEAD') return;
  const url = new URL(incoming.url ?? '/', 'http://localhost');
  const locale = localeOfPath(url.pathname);
  if (!locale) return;
  const cookies = parseCookie(incoming.headers.cookie ?? '');
  const headers = { get: (name: string) => headerValue(incoming, name) };
  try {
    const route = await routeExperiments(
      {
        pathname: url.pathname,
        searchParams: url.searchParams,
        cookie: (name) => cookies.get(name),
        headers,
      },
      secret,
    );
    if (route.kind === 'other') return;
    if (route.kind === 'identify') {
      setCookies(outgoing, route.cookies);
      outgoing.setHeader('Cache-Control', 'private, no-cache');
      return;
    }
    keepVary(outgoing, EXPERIMENT_VARY);
    // The localized not-found page: no route lives at `/<locale>/variants` itself.
    if (route.kind === 'not-found') incoming.url = `/${locale}/${VARIANT_SEGMENT}`;
    if (route.kind !== 'rewrite') return;
    incoming.url = `${route.pathname}${url.search}`;
    // What Next's own proxy rewrite tells the client router for an RSC request: the path the
    // payload was rendered for. Without it the router finds a tree that does not match the URL
    // it asked for and fetches again, endlessly.
    if (incoming.headers.rsc === '1') outgoing.setHeader(REWRITTEN_PATH_HEADER, route.pathname);
    setCookies(outgoing, route.cookies);
    if (route.private) outgoing.setHeader('Cache-Control', 'private, no-cache');
  } catch (error) {
    console.error('experiments: assignment failed, serving the plain page', error);
  }
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

/**
 * Adds to Vary for the whole response: Next sets Vary again from its cache entry when it serves
 * a cached page, which would drop what was set before it.
 */
function keepVary(outgoing: ServerResponse, fields: string): void {
  const setHeader = outgoing.setHeader.bind(outgoing);
  outgoing.setHeader = (name, value) =>
    setHeader(name, name.toLowerCase() === 'vary' ? mergeVary(String(value), fields) : value);
  setHeader('Vary', fields);
}

function mergeVary(current: string, fields: string): string {
  const seen = new Map<string, string>();
  for (const field of `${current},${fields}`.split(',')) {
    const trimmed = field.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()].join(', ');
}

/** next/dist/client/components/app-router-headers NEXT_REWRITTEN_PATH_HEADER (not a public export). */
const REWRITTEN_PATH_HEADER = 'x-nextjs-rewritten-path';

function headerValue(incoming: IncomingMessage, name: string): string | null {
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? null);
}
