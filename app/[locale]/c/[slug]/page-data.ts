import { cache } from 'react';
import { categoryTrail, childrenOf } from '@/lib/listing/category-tree';
import { currencyFor, type Locale } from '@/lib/i18n/markets';
import { parseListingParams, type ListingParams } from '@/lib/listing/listing-params';
import { serviceFilters } from '@/lib/listing/service-filters';
import { catalog } from '@/lib/services/catalog/client';
import { unwrap } from '@/lib/services/transport/result';

const PAGE_SIZE = 24;

async function listCategoryProducts(locale: Locale, categoryId: string, params: ListingParams) {
  const request = {
    locale,
    category: categoryId,
    sort: params.sort ?? 'popular',
    limit: PAGE_SIZE,
    cursor: params.cursor,
    filters: serviceFilters(params, currencyFor(locale)),
  };
  const result = await catalog.listProducts(request);
  // A cursor from another query or an old link is refused by the service: show page one instead.
  if (!result.ok && result.error.status === 400 && params.cursor)
    return catalog.listProducts({ ...request, cursor: undefined });
  return result;
}

/**
 * Undefined means "no such category" (a 404); an outage throws so ISR keeps the last good page.
 * `query` is the listing part of the URL (see listing-params); empty for the cached first page.
 * A string, so metadata and page share one cached call per request.
 */
export const loadCategoryPage = cache(async (locale: Locale, slug: string, query = '') => {
  const params = parseListingParams(Object.fromEntries(new URLSearchParams(query)));
  const categories = unwrap(await catalog.listCategories(locale));
  const category = categories.find((candidate) => candidate.slug === slug);
  if (!category) return undefined;
  const products = unwrap(await listCategoryProducts(locale, category.id, params));
  return {
    params,
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
