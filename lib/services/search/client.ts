import { z } from 'zod';
import { currencyFor, type Locale } from '@/lib/i18n/markets';
import { filterQuery, type ListingFilters } from '../catalog/listing-filters';
import { productListSchema } from '../catalog/validation';
import { lazyServiceClient } from '../transport/create-client';
import type { Result } from '../transport/result';
import { settle } from '../transport/settle';
import type { components, paths } from './schema';

export type SearchResults = components['schemas']['ProductPage'];
export type Suggestions = components['schemas']['SuggestResponse'];
export type SearchSort = 'relevance' | 'newest' | 'price_asc' | 'price_desc';

export interface SearchRequest {
  locale: Locale;
  q: string;
  sort?: SearchSort;
  limit?: number;
  /** nextCursor of the previous page of the same query. */
  cursor?: string;
  filters?: ListingFilters;
}

const api = lazyServiceClient<paths>('search');

const searchResultsSchema = productListSchema.extend({ didYouMean: z.array(z.string()) });
const suggestionsSchema = z.object({
  products: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() })),
  categories: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() })),
});

/** The service's query for a request: what the answer depends on, and so its cache key too. */
export function productsQuery({ locale, q, sort, limit, cursor, filters = {} }: SearchRequest) {
  return {
    q,
    locale,
    currency: currencyFor(locale),
    sort,
    limit,
    cursor,
    ...filterQuery(filters),
  };
}

export const search = {
  /**
   * Results render with the catalog's product cards, so they are held to the catalog's
   * listing checks. Never cached by Next: every query is different, and Next's data cache
   * keeps each one on disk for good. The search page reads through cached-search.ts instead.
   */
  async products(request: SearchRequest): Promise<Result<SearchResults>> {
    return settle(
      { service: 'search', operation: 'products' },
      api().GET('/search/products', {
        params: { query: productsQuery(request) },
        cache: 'no-store',
      }),
      searchResultsSchema,
    );
  },

  /** Autocomplete: products and categories for a prefix, typo-tolerant. */
  async suggest(locale: Locale, q: string, limit?: number): Promise<Result<Suggestions>> {
    return settle(
      { service: 'search', operation: 'suggest' },
      api().GET('/search/suggest', {
        params: { query: { q, locale, currency: currencyFor(locale), limit } },
        cache: 'no-store',
      }),
      suggestionsSchema,
    );
  },
};
