import { serialize } from 'flags/next';
import { localeOfPath, type Locale } from '@/lib/i18n/markets';
import { isBot } from '@/lib/security/bots';
import { experiments } from './definitions';
import { deviceFromHeaders } from '../device/from-headers';
import type { ExperimentPage } from './experiment';
import { decideFlag, pageFlags, type ExperimentFlag } from './flags';
import { OVERRIDE_COOKIE, OVERRIDE_PARAM, resolveOverrides } from './overrides';
import { experimentPath, VARIANT_SEGMENT } from './variant-path';
import { isVisitorId, newVisitorId, VISITOR_COOKIE, VISITOR_COOKIE_MAX_AGE } from './visitor-id';

/** The parts of a request routing looks at, whatever server it arrived at. */
export interface RoutedRequest {
  pathname: string;
  searchParams: URLSearchParams;
  cookie(name: string): string | undefined;
  headers: Pick<Headers, 'get'>;
}

/** A request of Next's client router for a payload (prefetch or navigation), not a document. */
const isRouterRequest = (request: RoutedRequest) => request.headers.get('rsc') === '1';

export interface CookieChange {
  name: string;
  /** Null deletes the cookie. */
  value: string | null;
  maxAge?: number;
}

export type ExperimentRoute =
  | { kind: 'other' }
  /**
   * A page under experiment served as it is. `perVisitor`: experiments are on and this visitor
   * (a crawler, a router request without an id) was given the plain page, which a cache keyed by
   * URL alone must not hand to anyone else; without experiments the plain page is everyone's.
   */
  | { kind: 'plain'; perVisitor: boolean }
  /** An internal variant path requested from outside. */
  | { kind: 'not-found' }
  /** `code`: the signed variant combination, `pathname` the page rendered for it. */
  | { kind: 'rewrite'; pathname: string; code: string; cookies: CookieChange[] };

/**
 * Where a request for a page under experiment (home, product) goes: the path of its variant
 * combination, `<page>/variants/<code>`, where the code is the Flags SDK's signed serialization of
 * the visitor's variants. Each combination is an ISR page of its own, so assignment costs no
 * rendering. The first visit to such a page gets the visitor id cookie, crawlers never; no other
 * page sets a cookie, so every other page stays one cached document for everybody. Pure: the
 * proxy, the production server's fast path (scripts/serve.ts) and the cache tier's assignment
 * endpoint (edge-assignment.ts) call it.
 */
export async function routeExperiments(
  request: RoutedRequest,
  secret: string | undefined,
): Promise<ExperimentRoute> {
  const locale = localeOfPath(request.pathname);
  if (!locale) return { kind: 'other' };
  if (isVariantPath(request.pathname, locale)) return { kind: 'not-found' };
  const page = experimentPage(request.pathname, locale);
  if (!page) return { kind: 'other' };
  const known = request.cookie(VISITOR_COOKIE);
  const crawler = isBot(request.headers.get('user-agent'));
  const flags = pageFlags(page);
  if (!secret || flags.length === 0) return { kind: 'plain', perVisitor: false };
  if (crawler) return { kind: 'plain', perVisitor: true };
  // A router request without an id is never given one: the router fetches a page's tree and
  // its segments in parallel, and each would get another id, so another variant, and a tree
  // whose segments never arrive (the router asks again, endlessly). Without an id: the plain page.
  if (!isVisitorId(known) && isRouterRequest(request)) return { kind: 'plain', perVisitor: true };

  const id = isVisitorId(known) ? known : newVisitorId();
  const visitor = { id, locale, device: deviceFromHeaders(request.headers), bot: false };
  const override = resolveOverrides(
    request.searchParams.get(OVERRIDE_PARAM),
    request.cookie(OVERRIDE_COOKIE),
    experiments,
  );
  const values = await Promise.all(
    flags.map((flag) => override.overrides[flag.key] ?? decideFlag(flag, visitor)),
  );

  const cookies: CookieChange[] = [];
  if (id !== known)
    cookies.push({ name: VISITOR_COOKIE, value: id, maxAge: VISITOR_COOKIE_MAX_AGE });
  if (override.cookie !== undefined)
    cookies.push({ name: OVERRIDE_COOKIE, value: override.cookie });
  const code = await codeFor(page, flags, values, secret);
  return { kind: 'rewrite', pathname: experimentPath(request.pathname, code), code, cookies };
}

/** `/<locale>/variants/…` or `/<locale>/p/<slug>/variants/…`: the internal paths of the pages above. */
function isVariantPath(pathname: string, locale: Locale): boolean {
  return new RegExp(`^(?:/p/[^/]+)?/${VARIANT_SEGMENT}(?:/|$)`).test(
    pathname.slice(locale.length + 1),
  );
}

function experimentPage(pathname: string, locale: Locale): ExperimentPage | undefined {
  const rest = pathname.slice(locale.length + 1);
  if (rest === '' || rest === '/') return 'home';
  if (/^\/p\/[^/]+\/?$/.test(rest)) return 'product';
  return undefined;
}

// A page has a handful of variant combinations: each is signed once per secret, not per request.
const codes = new Map<string, Promise<string>>();

function codeFor(
  page: ExperimentPage,
  flags: ExperimentFlag[],
  values: string[],
  secret: string,
): Promise<string> {
  const key = `${secret}\u0000${page}\u0000${values.join('\u0000')}`;
  let code = codes.get(key);
  if (!code) {
    if (codes.size >= 1_000) codes.clear();
    code = serialize(flags, values, secret);
    code.catch(() => codes.delete(key));
    codes.set(key, code);
  }
  return code;
}
