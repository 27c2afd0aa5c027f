import { serviceUrl } from '@/lib/env/server';
import { currencyFor, type Locale } from '@/lib/i18n/markets';
import { productListSchema } from '../catalog/validation';
import { createServiceClient } from '../http/create-client';
import type { Result } from '../http/result';
import { settle } from '../http/settle';
import type { components, paths } from './schema';

export type SearchResults = components['schemas']['ProductPage'];

export interface SearchRequest {
  locale: Locale;
  q: string;
  limit?: number;
  /** nextCursor of the previous page of the same query. */
  cursor?: string;
}

let client: ReturnType<typeof createServiceClient<paths>> | undefined;
const api = () => (client ??= createServiceClient<paths>(serviceUrl('search')));

export const search = {
  /**
   * Results render with the catalog's product cards, so they are held to the catalog's
   * listing checks. Never cached by Next: every query is different and cache entries would
   * only crowd out catalog pages.
   */
  async products({ locale, q, limit, cursor }: SearchRequest): Promise<Result<SearchResults>> {
    return settle(
      { service: 'search', operation: 'products' },
      api().GET('/search/products', {
        params: { query: { q, locale, currency: currencyFor(locale), limit, cursor } },
        cache: 'no-store',
      }),
      productListSchema,
    );
  },
};
