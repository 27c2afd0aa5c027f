import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './markets';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The cookie is only written when negotiation redirects, never on cached HTML. Secure where the
  // site is served over HTTPS (its SITE_URL, as the other cookies decide).
  localeCookie: {
    name: 'NEXT_LOCALE',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    secure: (process.env.SITE_URL ?? '').startsWith('https:'),
  },
});
