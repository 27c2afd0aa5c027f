/**
 * Who a beacon is from, for the rate limit: the first X-Forwarded-For hop. The storefront server fills
 * that header with the socket's address when a request arrives without one; behind a proxy or
 * CDN the first hop is the visitor, provided the proxy overwrites (not appends to) what the
 * browser sent, as Vercel, Cloudflare and nginx's `$remote_addr` configs do. A client that can
 * reach the server directly can pick its own key, which only lets it spread its own beacons.
 */
export function clientKey(headers: Headers): string {
  const first = headers.get('x-forwarded-for')?.split(',', 1)[0]?.trim();
  return first ? first.slice(0, 64) : (headers.get('x-real-ip')?.slice(0, 64) ?? 'unknown');
}
