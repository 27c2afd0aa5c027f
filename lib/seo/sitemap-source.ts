import { locales, type Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { catalog } from '@/lib/services/catalog/client';
import { listProductSlugs, type ProductSlugPage } from '@/lib/services/catalog/sitemap';
import type { Category } from '@/lib/services/catalog/types';
import { unwrap } from '@/lib/services/transport/result';
import { localizedEntries, type UrlEntry } from './sitemap';

/** One page of slugs; throws on an outage so the sitemap answers 503 (or is cut off mid-stream). */
export async function fetchSlugPage(offset: number, limit: number): Promise<ProductSlugPage> {
  return unwrap(await listProductSlugs(offset, limit));
}

export async function productTotal(): Promise<number> {
  return (await fetchSlugPage(0, 1)).total;
}

/**
 * Home pages and every category in every locale (tens of URLs, built in memory). Categories
 * are matched across locales by id, so a backend with localized slugs still gets the right
 * alternates.
 */
export async function homeAndCategoryEntries(site: string): Promise<UrlEntry[]> {
  const trees = await Promise.all(
    locales.map(async (locale) => [locale, unwrap(await catalog.listCategories(locale))] as const),
  );
  const byLocale = new Map<Locale, Map<string, Category>>(
    trees.map(([locale, categories]) => [
      locale,
      new Map(categories.map((category) => [category.id, category])),
    ]),
  );
  const ids = [
    ...new Set(trees.flatMap(([, categories]) => categories.map((category) => category.id))),
  ];
  return [
    ...localizedEntries((locale) => routes.home(locale), site),
    ...ids.flatMap((id) =>
      localizedEntries((locale) => {
        const category = byLocale.get(locale)?.get(id);
        return category && routes.category(locale, category.slug);
      }, site),
    ),
  ];
}
