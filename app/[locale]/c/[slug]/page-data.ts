import { cache } from 'react';
import { categoryTrail, childrenOf } from '@/lib/catalog/category-tree';
import type { Locale } from '@/lib/i18n/markets';
import { catalog } from '@/lib/services/catalog/client';
import { unwrap } from '@/lib/services/http/result';

export const PAGE_SIZE = 24;

/** Undefined means "no such category" (a 404); an outage throws so ISR keeps the last good page. */
export const loadCategoryPage = cache(async (locale: Locale, slug: string) => {
  const categories = unwrap(await catalog.listCategories(locale));
  const category = categories.find((candidate) => candidate.slug === slug);
  if (!category) return undefined;
  const products = unwrap(await catalog.listProducts({ locale, category: category.id, sort: 'popular', limit: PAGE_SIZE }));
  return {
    category,
    trail: categoryTrail(categories, category.id),
    subcategories: childrenOf(categories, category.id),
    products,
  };
});

/** Build-time prerender: every category in every locale is cheap (tens of pages). */
export async function categorySlugs(locale: Locale): Promise<string[]> {
  const categories = await catalog.listCategories(locale);
  return categories.ok ? categories.value.map((category) => category.slug) : [];
}
