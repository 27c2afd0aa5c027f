import { cookies } from 'next/headers';
import { siteUrl } from '@/lib/seo/site-url';
import { parseWishlist, serializeWishlist, WISHLIST_COOKIE } from './wishlist-cookie';

const ONE_YEAR = 60 * 60 * 24 * 365;

/** A guest's saved products, newest first; a tampered cookie reads as what is valid in it. */
export async function readGuestWishlist(): Promise<string[]> {
  return parseWishlist((await cookies()).get(WISHLIST_COOKIE)?.value);
}

/**
 * Written by the wishlist's route handlers and actions only, never on cacheable HTML. Not
 * httpOnly: the heart island reads it to show what is saved without asking the server. It holds
 * public product ids and nothing else. An empty list removes the cookie.
 */
export async function writeGuestWishlist(ids: readonly string[]): Promise<void> {
  const value = serializeWishlist(ids);
  const attributes = {
    httpOnly: false,
    secure: siteUrl().startsWith('https:'),
    sameSite: 'lax',
    path: '/',
    maxAge: value ? ONE_YEAR : 0,
  } as const;
  (await cookies()).set(WISHLIST_COOKIE, value, attributes);
}
