import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';

/**
 * Where sign-in leads back to: a path of this storefront in the shopper's locale, or the account
 * page. Anything else (another origin, `//host`, a backslash trick) is ignored, so a crafted
 * sign-in link cannot send a shopper off-site after signing in.
 */
export function returnPath(locale: Locale, requested: unknown): string {
  const fallback = routes.account(locale);
  if (typeof requested !== 'string' || requested.length > 512) return fallback;
  if (!requested.startsWith(`/${locale}/`) && requested !== `/${locale}`) return fallback;
  if (/[\\\s]/.test(requested) || requested.startsWith('//')) return fallback;
  return requested;
}
