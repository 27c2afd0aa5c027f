import { cacheLifetimes, cacheTags } from '@/lib/cache/manifest';
import { readThrough } from '@/lib/cache/result-cache';
import { cleanSearchQuery } from '@/lib/listing/search-query';
import type { Result } from '../transport/result';
import { productsQuery, search, type SearchRequest, type SearchResults } from './client';

/**
 * The request as the service gets it, with the text cleaned as the page cleans it and in lower
 * case: the service folds case itself (services/search/text.ts), so "Linen" and "linen" get the
 * same answer and share it.
 */
export function searchCacheKey(request: SearchRequest): string {
  const q = cleanSearchQuery(request.q).q.toLowerCase();
  return `search:products:${JSON.stringify(productsQuery({ ...request, q }))}`;
}

/**
 * The webhook names a changed product and its categories: the products on the page and their
 * categories expire the answer (a change to another product of the category can move totals,
 * facet counts and order). Anything else waits for the lifetime.
 */
export function searchResultTags(results: SearchResults): string[] {
  return [
    ...results.items.map((item) => cacheTags.product(item.id)),
    ...new Set(results.items.map((item) => cacheTags.category(item.categoryId))),
  ];
}

/**
 * The search page's read: one service call per query, locale, filters, sort and page per
 * cacheLifetimes.search, however many shoppers ask (lib/cache/result-cache.ts).
 */
export function cachedSearch(request: SearchRequest): Promise<Result<SearchResults>> {
  return readThrough({
    key: searchCacheKey(request),
    lifetime: cacheLifetimes.search,
    tagsOf: searchResultTags,
    load: () => search.products(request),
  });
}
