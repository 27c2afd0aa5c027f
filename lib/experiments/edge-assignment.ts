import { routeExperiments, type CookieChange, type RoutedRequest } from './routing';

/**
 * The protocol between a cache tier (deploy/varnish/default.vcl, or a CDN's edge function) and
 * the storefront, so that a page under experiment is cached once per variant, never per
 * visitor, first visits included:
 * 1. the tier asks `GET /api/edge/variant` with the visitor's cookies and user agent and the
 *    page's URL in `x-edge-path`; the answer names the variant combination in `x-variant-code`
 *    (`-` for the plain page) and carries the visitor id cookie when the visitor is new;
 * 2. the tier looks the page up under `<page>/variants/<code>` (the URL a shopper sees stays),
 *    fetches it on a miss with `x-edge-routed: 1`, which tells the server to serve that path
 *    as it is, and hands the cookie of step 1 to the shopper, never to the cache.
 * A known visitor's answer depends only on their id, device, locale, page kind and QA override,
 * so the tier may keep it briefly under exactly those; a new visitor's is theirs alone.
 */
export const EDGE_VARIANT_PATH = '/api/edge/variant';
export const EDGE_PATH_HEADER = 'x-edge-path';
export const EDGE_ROUTED_HEADER = 'x-edge-routed';
export const VARIANT_CODE_HEADER = 'x-variant-code';
export const PLAIN_CODE = '-';

export interface EdgeVariant {
  /** The signed variant combination, or PLAIN_CODE: the page as it is. */
  code: string;
  cookies: CookieChange[];
}

/** The variant a tier should serve for `request` (whose pathname is the page's, from x-edge-path). */
export async function edgeVariant(
  request: RoutedRequest,
  secret: string | undefined,
): Promise<EdgeVariant> {
  const route = await routeExperiments(request, secret);
  return route.kind === 'rewrite'
    ? { code: route.code, cookies: route.cookies }
    : { code: PLAIN_CODE, cookies: [] };
}
