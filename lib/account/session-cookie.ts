import { cookies } from 'next/headers';
import { siteUrl } from '@/lib/seo/site-url';
import { SIGNED_IN_COOKIE } from './signed-in-cookie-name';

/** The customer service's session tokens: 32 random bytes, base64url. */
const TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

function secure(): boolean {
  return siteUrl().startsWith('https:');
}

/**
 * Over HTTPS the `__Host-` prefix makes the browser refuse the cookie unless it is Secure, set
 * by this host for every path and without a Domain: no subdomain can plant or read one. Plain
 * HTTP (local runs) cannot carry the prefix.
 */
function cookieName(): string {
  return secure() ? '__Host-session' : 'session';
}

/** The session token, if the cookie holds something shaped like one; anything else is no session. */
export async function readSessionToken(): Promise<string | undefined> {
  const value = (await cookies()).get(cookieName())?.value;
  return value && TOKEN.test(value) ? value : undefined;
}

/**
 * Set only by account actions, never on cacheable HTML. httpOnly (no script reads the token),
 * SameSite=Lax (a link from elsewhere arrives signed in, a cross-site POST does not), lives as
 * long as the service's absolute expiry; the service also ends it after 30 idle days.
 */
export async function writeSession(token: string, expiresAt: string): Promise<void> {
  const jar = await cookies();
  const expires = new Date(expiresAt);
  const common = { secure: secure(), sameSite: 'lax', path: '/', expires } as const;
  jar.set(cookieName(), token, { ...common, httpOnly: true });
  jar.set(SIGNED_IN_COOKIE, '1', { ...common, httpOnly: false });
}

/** Signed out here, or the service no longer knows the session: both cookies go. */
export async function clearSession(): Promise<void> {
  const jar = await cookies();
  // Set empty and expired with the same attributes: a browser ignores a `__Host-` cookie
  // without Secure, so a bare delete would leave it in place.
  const expired = { secure: secure(), sameSite: 'lax', path: '/', maxAge: 0 } as const;
  jar.set(cookieName(), '', { ...expired, httpOnly: true });
  jar.set(SIGNED_IN_COOKIE, '', { ...expired, httpOnly: false });
}
