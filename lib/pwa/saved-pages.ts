import { localeOfPath, type Locale } from '@/lib/i18n/markets';
import { CACHE_NAMES } from './worker-protocol';
import { pageTitle } from './page-title';

export interface SavedPage {
  href: string;
  title: string;
}

/** The pages of a locale the service worker has kept for offline reading, newest first. */
export async function listSavedPages(locale: Locale): Promise<SavedPage[]> {
  if (typeof caches === 'undefined') return [];
  const cache = await caches.open(CACHE_NAMES.pages);
  const kept = (await cache.keys())
    .map((request) => new URL(request.url))
    .filter((url) => url.origin === location.origin && localeOfPath(url.pathname) === locale);
  const pages = await Promise.all(
    kept.map(async (url) => {
      const html = (await (await cache.match(url.href, { ignoreVary: true }))?.text()) ?? '';
      return { href: `${url.pathname}${url.search}`, title: pageTitle(html) || url.pathname };
    }),
  );
  // Cache keys come oldest first.
  return pages.reverse();
}
