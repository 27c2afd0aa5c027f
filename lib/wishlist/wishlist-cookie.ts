/**
 * A guest's wishlist, kept in a cookie the browser's heart island reads directly (no request on
 * cached pages) and the server reads and writes: product ids joined by `.`, newest first. Free
 * of server imports, so the island can share the parser. Anyone can edit a cookie: whatever is
 * not a product id is dropped, and the list never grows past the limit.
 */
export const WISHLIST_COOKIE = 'wishlist';
export const WISHLIST_LIMIT = 50;

const PRODUCT_ID = /^p\d{6}$/;
// The name is a plain word: nothing in it needs escaping in a pattern.
const IN_COOKIE_HEADER = new RegExp(`(?:^|;\\s*)${WISHLIST_COOKIE}=([^;]*)`);

export function isProductId(value: unknown): value is string {
  return typeof value === 'string' && PRODUCT_ID.test(value);
}

/** The ids a cookie value holds: valid ones only, each once, at most the limit. */
export function parseWishlist(value: string | undefined): string[] {
  const ids = new Set((value ?? '').split('.').filter(isProductId));
  return [...ids].slice(0, WISHLIST_LIMIT);
}

/** The guest list from a whole `Cookie` header (`document.cookie` in the browser). */
export function wishlistFromCookieHeader(header: string): string[] {
  return parseWishlist(IN_COOKIE_HEADER.exec(header)?.[1]);
}

export function serializeWishlist(ids: readonly string[]): string {
  return parseWishlist(ids.join('.')).join('.');
}

/** The list with the product added first (saved again, it moves to the front) or taken out. */
export function withProduct(ids: readonly string[], productId: string, wished: boolean): string[] {
  const others = ids.filter((id) => id !== productId);
  return (wished ? [productId, ...others] : others).slice(0, WISHLIST_LIMIT);
}
