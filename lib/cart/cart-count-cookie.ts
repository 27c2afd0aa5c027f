import { cookies } from 'next/headers';
import { siteUrl } from '@/lib/seo/site-url';
import { CART_COUNT_COOKIE } from './cart-count-cookie-name';

/**
 * The number of items in the cart, readable by the header badge's script. The header is part
 * of cached pages, so the count cannot be rendered into it; this hint lets the badge show it
 * without a request. It carries nothing private (the cart id stays in the httpOnly cookie), and
 * only cart actions write it.
 */
export async function writeCartCount(count: number): Promise<void> {
  const jar = await cookies();
  if (count <= 0) {
    jar.delete(CART_COUNT_COOKIE);
    return;
  }
  jar.set(CART_COUNT_COOKIE, String(count), {
    httpOnly: false,
    secure: siteUrl().startsWith('https:'),
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 24 * 30,
  });
}
