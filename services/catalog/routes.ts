import { z } from 'zod';
import { COLLECTIONS, type Catalog } from './catalog';
import type { FacetedListing } from './facets/faceted-listing';
import { filterParams, priceRangeIsOrdered, priceRangeIssue } from './facets/filter-params';
import { sortSchema, type ProductListings } from './listing';
import { currencyParam, cursorParam, limitParam, localeParam } from './query-params';
import type { CatalogViews } from './views';
import { notFound } from '../framework/errors';
import type { Route } from '../framework/types';
import { validateQuery } from '../framework/validate';

const localeQuery = z.object({ locale: localeParam });
const productQuery = z.object({ locale: localeParam, currency: currencyParam });
const listingQuery = z
  .object({
    category: z.string().min(1).max(100).optional(),
    collection: z.enum(COLLECTIONS).optional(),
    sort: sortSchema.optional(),
    limit: limitParam,
    cursor: cursorParam,
    locale: localeParam,
    currency: currencyParam,
    ...filterParams,
  })
  .refine(priceRangeIsOrdered, priceRangeIssue);
const slugQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(10_000).default(1_000),
});

export function catalogRoutes(
  catalog: Catalog,
  listings: ProductListings,
  faceted: FacetedListing,
  views: CatalogViews,
): Route[] {
  return [
    {
      method: 'GET',
      template: '/catalog/categories',
      service: 'catalog',
      handler: ({ query }) => {
        const { locale } = validateQuery(localeQuery, query);
        return {
          status: 200,
          json: { items: catalog.categories.map((category) => views.category(category, locale)) },
        };
      },
    },
    {
      method: 'GET',
      template: '/catalog/categories/{idOrSlug}',
      service: 'catalog',
      handler: ({ params, query }) => {
        const { locale } = validateQuery(localeQuery, query);
        const category = catalog.category(params.idOrSlug ?? '');
        if (!category) throw notFound('Category');
        return { status: 200, json: views.category(category, locale) };
      },
    },
    {
      method: 'GET',
      template: '/catalog/brands',
      service: 'catalog',
      handler: () => ({ status: 200, json: { items: catalog.brands } }),
    },
    {
      method: 'GET',
      template: '/catalog/products',
      service: 'catalog',
      handler: ({ query }) => {
        const input = validateQuery(listingQuery, query);
        const category = input.category === undefined ? null : catalog.category(input.category);
        if (category === undefined) throw notFound('Category');
        // New arrivals read naturally newest-first; everything else defaults to popularity.
        const sort = input.sort ?? (input.collection === 'new-arrivals' ? 'newest' : 'popular');
        const listing = {
          categoryIndex: category?.index ?? null,
          collection: input.collection ?? null,
          sort,
          currency: input.currency,
        };
        const page = faceted.page(listings.indexes(listing), {
          queryKey: listings.keyOf(listing),
          filters: input,
          limit: input.limit,
          cursor: input.cursor,
          locale: input.locale,
          currency: input.currency,
        });
        const items = page.indexes
          .flatMap((index) => catalog.products[index] ?? [])
          .map((product) => views.summary(product, input.locale, input.currency, input.color));
        return {
          status: 200,
          json: {
            items,
            total: page.total,
            nextCursor: page.nextCursor,
            facets: page.facets,
            applied: page.applied,
          },
        };
      },
    },
    {
      // Sitemaps walk every product: id order, no localization or prices, so pages stay cheap.
      method: 'GET',
      template: '/catalog/product-slugs',
      service: 'catalog',
      handler: ({ query }) => {
        const { offset, limit } = validateQuery(slugQuery, query);
        const items = catalog.products.slice(offset, offset + limit).map((product) => ({
          id: product.id,
          slug: product.slug,
          updatedAt: catalog.updatedAt(product),
        }));
        return { status: 200, json: { items, total: catalog.products.length } };
      },
    },
    {
      method: 'GET',
      template: '/catalog/products/{idOrSlug}',
      service: 'catalog',
      handler: ({ params, query }) => {
        const { locale, currency } = validateQuery(productQuery, query);
        const product = catalog.product(params.idOrSlug ?? '');
        if (!product) throw notFound('Product');
        return { status: 200, json: views.product(product, locale, currency) };
      },
    },
  ];
}
