import { currencyFor, type Locale } from '@/lib/i18n/markets';
import { parseListingParams, type RawQuery } from '@/lib/listing/listing-params';
import { cleanSearchQuery } from '@/lib/listing/search-query';
import { serviceFilters } from '@/lib/listing/service-filters';
import { catalog } from '@/lib/services/catalog/client';
import { unwrap } from '@/lib/services/transport/result';
import { cachedSearch } from '@/lib/services/search/cached-search';
import type { SearchSort } from '@/lib/services/search/client';

const PAGE_SIZE = 24;

/** Search results for the URL's query; an empty query loads only categories to browse instead. */
export async function loadSearchPage(locale: Locale, query: RawQuery) {
  const { q, truncated } = cleanSearchQuery(query.q);
  const params = parseListingParams(query);
  const tree = await catalog.listCategories(locale);
  const categories = tree.ok ? tree.value.filter((category) => category.parentId === null) : [];
  if (!q) return { q, truncated, params, categories, results: undefined };
  // Categories sort by popularity; search by relevance, its default.
  const sort: SearchSort | undefined = params.sort === 'popular' ? undefined : params.sort;
  const request = {
    locale,
    q,
    sort,
    limit: PAGE_SIZE,
    cursor: params.cursor,
    filters: serviceFilters(params, currencyFor(locale)),
  };
  let results = await cachedSearch(request);
  if (!results.ok && results.error.status === 400 && params.cursor)
    results = await cachedSearch({ ...request, cursor: undefined });
  return { q, truncated, params, categories, results: unwrap(results) };
}
