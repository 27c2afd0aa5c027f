/**
 * The cookie with the cart's item count, read by the header badge in the browser. Apart from
 * its writer (./cart-count-cookie.ts) because that one imports next/headers, which a client
 * module must not pull in.
 */
export const CART_COUNT_COOKIE = 'cart_items';
