import { z } from 'zod';
import { COLLECTIONS, type Catalog } from './catalog';
import { sortSchema, type ProductListings } from './listing';
import { currencyParam, cursorParam, limitParam, localeParam } from './query-params';
import type { CatalogViews } from './views';
import { notFound } from '../http/errors';
import type { Route } from '../http/types';
import { validateQuery } from '../http/validate';
import { paginate } from '../shared/cursor-pagination';

const localeQuery = z.object({ locale: localeParam });
const productQuery = z.object({ locale: localeParam, currency: currencyParam });
const listingQuery = z.object({
  category: z.string().min(1).max(100).optional(),
  collection: z.enum(COLLECTIONS).optional(),
  sort: sortSchema.optional(),
  limit: limitParam,
  cursor: cursorParam,
  locale: localeParam,
  currency: currencyParam,
});

export function catalogRoutes(catalog: Catalog, listings: ProductListings, views: CatalogViews): Route[] {
  return [
    {
      method: 'GET', template: '/catalog/categories', service: 'catalog',
      handler: ({ query }) => {
        const { locale } = validateQuery(localeQuery, query);
        return { status: 200, json: { items: catalog.categories.map((category) => views.category(category, locale)) } };
      },
    },
    {
      method: 'GET', template: '/catalog/categories/{idOrSlug}', service: 'catalog',
      handler: ({ params, query }) => {
        const { locale } = validateQuery(localeQuery, query);
        const category = catalog.category(params.idOrSlug ?? '');
        if (!category) throw notFound(`Category "${params.idOrSlug}"`);
        return { status: 200, json: views.category(category, locale) };
      },
    },
    {
      method: 'GET', template: '/catalog/brands', service: 'catalog',
      handler: () => ({ status: 200, json: { items: catalog.brands } }),
    },
    {
      method: 'GET', template: '/catalog/products', service: 'catalog',
      handler: ({ query }) => {
        const input = validateQuery(listingQuery, query);
        const category = input.category === undefined ? null : catalog.category(input.category);
        if (category === undefined) throw notFound(`Category "${input.category}"`);
        // New arrivals read naturally newest-first; everything else defaults to popularity.
        const sort = input.sort ?? (input.collection === 'new-arrivals' ? 'newest' : 'popular');
        const listing = { categoryIndex: category?.index ?? null, collection: input.collection ?? null, sort, currency: input.currency };
        const page = paginate(listings.indexes(listing), listings.keyOf(listing), input.limit, input.cursor);
        const items = page.indexes.flatMap((index) => catalog.products[index] ?? [])
          .map((product) => views.summary(product, input.locale, input.currency));
        return { status: 200, json: { items, total: page.total, nextCursor: page.nextCursor } };
      },
    },
    {
      method: 'GET', template: '/catalog/products/{idOrSlug}', service: 'catalog',
      handler: ({ params, query }) => {
        const { locale, currency } = validateQuery(productQuery, query);
        const product = catalog.product(params.idOrSlug ?? '');
        if (!product) throw notFound(`Product "${params.idOrSlug}"`);
        return { status: 200, json: views.product(product, locale, currency) };
      },
    },
  ];
}
