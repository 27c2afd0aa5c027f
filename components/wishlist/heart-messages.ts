import type { AccountTranslator } from '@/lib/account/account-form';
import type { Locale } from '@/lib/i18n/markets';

/** What every heart on a page shares: its locale and its strings, `{name}` filled per product. */
export interface HeartContext {
  locale: Locale;
  add: string;
  remove: string;
  failed: string;
}

/**
 * Built once per page or grid and handed to every heart as the same object: the page's RSC
 * payload then carries it once and refers to it from each card.
 */
export function heartContext(locale: Locale, t: AccountTranslator): HeartContext {
  return {
    locale,
    add: String(t.raw('wishlist.add')),
    remove: String(t.raw('wishlist.remove')),
    failed: t('wishlist.failed'),
  };
}
