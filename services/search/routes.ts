import { z } from 'zod';
import type { ProductSearch } from './product-search';
import type { Catalog } from '../catalog/catalog';
import { currencyParam, cursorParam, limitParam, localeParam } from '../catalog/query-params';
import type { CatalogViews } from '../catalog/views';
import type { Route } from '../http/types';
import { validateQuery } from '../http/validate';
import { paginate } from '../shared/cursor-pagination';

const searchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  locale: localeParam,
  currency: currencyParam,
  limit: limitParam,
  cursor: cursorParam,
});

export function searchRoutes(catalog: Catalog, search: ProductSearch, views: CatalogViews): Route[] {
  return [
    {
      method: 'GET', template: '/search/products', service: 'search',
      handler: ({ query }) => {
        const input = validateQuery(searchQuery, query);
        const ranked = search.search(input.q, input.locale);
        const page = paginate(ranked, `search|${input.locale}|${input.q}`, input.limit, input.cursor);
        const items = page.indexes.flatMap((index) => catalog.products[index] ?? [])
          .map((product) => views.summary(product, input.locale, input.currency));
        return { status: 200, json: { items, total: page.total, nextCursor: page.nextCursor } };
      },
    },
  ];
}
