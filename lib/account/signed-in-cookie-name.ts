/**
 * The cookie that tells the header's account island a shopper is signed in. Apart from its
 * writer (./session-cookie.ts) because that one imports next/headers, which a client module
 * must not pull in. It holds `1` and nothing else: the session itself is in an httpOnly cookie.
 */
export const SIGNED_IN_COOKIE = 'signed_in';
