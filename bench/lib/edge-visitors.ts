import { randomUUID } from 'node:crypto';

/**
 * The visitors bench:edge sends through the cache tier, as request headers: what the tier
 * keys a variant on is the `vid` cookie and the user agent (deploy/varnish/default.vcl). No
 * cookie jar anywhere: a visitor without a cookie is a first visit every time.
 */
const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
export const DESKTOP_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const CRAWLER_UA = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/**
 * What every browser sends: the tier keeps pages gzipped as the origin sent them, and
 * unzipping for a client that does not accept gzip would cost it more than the lookup.
 */
export const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };

export type VisitorKind = 'returning' | 'first visit' | 'crawler';

export interface Visitor {
  kind: VisitorKind;
  headers: Record<string, string>;
}

export const returning = (vid: string, userAgent = PHONE_UA): Visitor => ({
  kind: 'returning',
  headers: { ...BROWSER, cookie: `vid=${vid}`, 'user-agent': userAgent },
});
export const firstVisit = (userAgent = PHONE_UA): Visitor => ({
  kind: 'first visit',
  headers: { ...BROWSER, 'user-agent': userAgent },
});
export const crawler: Visitor = {
  kind: 'crawler',
  headers: { ...BROWSER, 'user-agent': CRAWLER_UA },
};

/**
 * Visitor ids spread over the variants of `pages`: ids are drawn until every variant
 * combination seen has `perVariant` of them (or `tries` ids were asked). The storefront is
 * asked directly (`originUrl`, the balancer), as the tier asks it, so the tier's counters and
 * cache see none of this.
 */
export async function visitorsPerVariant(
  originUrl: string,
  page: string,
  options: { perVariant: number; tries: number; userAgent?: string },
): Promise<Map<string, string[]>> {
  const byCode = new Map<string, string[]>();
  for (let tried = 0; tried < options.tries; tried++) {
    const vid = randomUUID();
    const response = await fetch(`${originUrl}/api/edge/variant`, {
      headers: {
        cookie: `vid=${vid}`,
        'user-agent': options.userAgent ?? PHONE_UA,
        'x-edge-path': page,
      },
    });
    await response.arrayBuffer();
    const code = response.headers.get('x-variant-code') ?? `(status ${response.status})`;
    const ids = byCode.get(code) ?? [];
    if (ids.length < options.perVariant) byCode.set(code, [...ids, vid]);
    if (tried >= 15 && [...byCode.values()].every((list) => list.length >= options.perVariant))
      break;
  }
  return byCode;
}
