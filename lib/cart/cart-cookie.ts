import { cookies } from 'next/headers';
import { siteUrl } from '@/lib/seo/site-url';

const NAME = 'cart';
const ID = /^[A-Za-z0-9_-]{16,64}$/;

/** The cart id, if the cookie holds something shaped like one; a tampered value reads as no cart. */
export async function readCartId(): Promise<string | undefined> {
  const value = (await cookies()).get(NAME)?.value;
  return value && ID.test(value) ? value : undefined;
}

/**
 * Set only by cart actions (never on cacheable HTML): httpOnly so scripts cannot read it,
 * Secure wherever the site is served over HTTPS (SITE_URL), SameSite=Lax so it survives a link
 * from elsewhere but not a cross-site POST.
 */
export async function writeCartId(id: string): Promise<void> {
  (await cookies()).set(NAME, id, {
    httpOnly: true,
    secure: siteUrl().startsWith('https:'),
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 24 * 30,
  });
}

/** After an order: the cart is closed, so the shopper starts the next one fresh. */
export async function forgetCart(): Promise<void> {
  (await cookies()).delete(NAME);
}
