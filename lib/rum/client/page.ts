import { isLocale, markets, type Locale } from '@/lib/i18n/markets';
import type { Beacon } from '@/lib/rum/beacon';
import { routeTemplate } from '@/lib/rum/route-templates';

export type PageLabels = Pick<Beacon, 'route' | 'locale' | 'market'>;

/**
 * Route template, locale and market of the page a metric belongs to. Taken from the metric's
 * own URL rather than the address bar: after a soft navigation the previous page's CLS and INP
 * are reported while the next page is showing. The path's locale wins over the layout's.
 */
export function pageLabels(pathname: string, layoutLocale: Locale): PageLabels {
  const first = pathname.split('/')[1];
  const locale = isLocale(first) ? first : layoutLocale;
  return { route: routeTemplate(pathname), locale, market: markets[locale].market };
}
