/**
 * Cart and checkout routes change state on the shopper's behalf, so a page on another site must
 * not be able to trigger them. Browsers send `Origin` (and `Sec-Fetch-Site`) on every non-GET
 * fetch; tools like curl send neither and are not a CSRF vector.
 */
export function isCrossSite(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
