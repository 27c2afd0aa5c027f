import { defaultLocale, localeOfPath, type Locale } from '@/lib/i18n/markets';

/**
 * Which pages the service worker keeps for offline use, shared by the worker and the pages so
 * both agree. The pages that show one shopper's cart or orders need the network by nature and
 * are never kept: a copy would be stale the moment it was saved, and it is personal.
 */
const SHOPPER_SECTIONS = new Set(['cart', 'checkout', 'order']);

/** The first segment after the locale: `/en-US/p/tee` → `p`; '' for a locale's home. */
function sectionOf(pathname: string): string {
  return pathname.split('/', 3)[2] ?? '';
}

/** The cart, checkout and order pages: they work online only. */
export function isShopperPage(pathname: string): boolean {
  return SHOPPER_SECTIONS.has(sectionOf(pathname));
}

/** The offline page of a locale, precached with the worker. */
export function offlinePath(locale: Locale): string {
  return `/${locale}/offline`;
}

/** The offline page in the language of the page that could not load. */
export function offlinePathFor(url: URL): string {
  return offlinePath(localeOfPath(url.pathname) ?? defaultLocale);
}

/** A catalog page (home, category, product, search) that may be kept for offline reading. */
export function isKeptPage(url: URL): boolean {
  if (url.searchParams.has('_rsc') || !localeOfPath(url.pathname)) return false;
  return !isShopperPage(url.pathname) && sectionOf(url.pathname) !== 'offline';
}

/** Query parameters that never change a page's HTML: the installed app's start URL marker. */
const IGNORED_PARAMS = ['source'];

/**
 * The key a kept page is stored under. A product page's HTML is the same for every option the
 * shopper picks (the choice lives in the query and is applied in the browser), so its query is
 * dropped: `/p/tee?color=red` opens offline from the copy saved as `/p/tee`. The installed app
 * starts at `/<locale>?source=pwa`, which opens from the copy of `/<locale>`.
 */
export function keptPageKey(url: URL): string {
  const key = new URL(url.href);
  key.hash = '';
  if (sectionOf(key.pathname) === 'p') key.search = '';
  for (const param of IGNORED_PARAMS) key.searchParams.delete(param);
  return key.href;
}
