import { z } from 'zod';
import { matchCategories } from './category-matcher';
import type { ProductSearch } from './product-search';
import { queryTerms } from './text';
import type { Catalog } from '../catalog/catalog';
import type { FacetedListing } from '../catalog/facets/faceted-listing';
import {
  filterParams,
  priceRangeIsOrdered,
  priceRangeIssue,
} from '../catalog/facets/filter-params';
import type { ProductListings } from '../catalog/listing';
import { currencyParam, cursorParam, limitParam, localeParam } from '../catalog/query-params';
import type { CatalogViews } from '../catalog/views';
import type { Route } from '../framework/types';
import { validateQuery } from '../framework/validate';

const MAX_QUERY = 200;
const MAX_SUGGEST_QUERY = 100;

/** The storefront truncates long input before calling, so an over-long q is a caller bug, not a search. */
const queryText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters after trimming`);

const searchQuery = z
  .object({
    q: queryText(MAX_QUERY),
    locale: localeParam,
    currency: currencyParam,
    sort: z.enum(['relevance', 'newest', 'price_asc', 'price_desc']).default('relevance'),
    limit: limitParam,
    cursor: cursorParam,
    ...filterParams,
  })
  .refine(priceRangeIsOrdered, priceRangeIssue);

const suggestQuery = z.object({
  q: queryText(MAX_SUGGEST_QUERY),
  locale: localeParam,
  currency: currencyParam,
  limit: z.coerce.number().int().min(1).max(10).default(6),
});

interface SearchDependencies {
  catalog: Catalog;
  search: ProductSearch;
  listings: ProductListings;
  faceted: FacetedListing;
  views: CatalogViews;
}

export function searchRoutes({
  catalog,
  search,
  listings,
  faceted,
  views,
}: SearchDependencies): Route[] {
  return [
    {
      method: 'GET',
      template: '/search/products',
      service: 'search',
      handler: ({ query }) => {
        const input = validateQuery(searchQuery, query);
        const ranked = search.search(input.q, input.locale);
        const ordered =
          input.sort === 'relevance'
            ? ranked
            : listings.sortSubset(ranked, input.sort, input.currency);
        const currencyKey = input.sort.startsWith('price') ? input.currency : '';
        const page = faceted.page(ordered, {
          queryKey: `search|${input.locale}|${queryTerms(input.q).join(' ')}|${input.sort}|${currencyKey}`,
          filters: input,
          limit: input.limit,
          cursor: input.cursor,
          locale: input.locale,
          currency: input.currency,
        });
        const items = page.indexes
          .flatMap((index) => catalog.products[index] ?? [])
          .map((product) => views.summary(product, input.locale, input.currency, input.color));
        // Only a query that matches nothing gets alternatives; filters emptying a page are the shopper's choice.
        const didYouMean = ranked.length === 0 ? search.didYouMean(input.q, input.locale) : [];
        return {
          status: 200,
          json: {
            items,
            total: page.total,
            nextCursor: page.nextCursor,
            facets: page.facets,
            applied: page.applied,
            didYouMean,
          },
        };
      },
    },
    {
      method: 'GET',
      template: '/search/suggest',
      service: 'search',
      handler: ({ query }) => {
        const input = validateQuery(suggestQuery, query);
        const products = Array.from(search.search(input.q, input.locale).subarray(0, input.limit))
          .flatMap((index) => catalog.products[index] ?? [])
          .map((product) => {
            const { id, slug, name, image, price } = views.summary(
              product,
              input.locale,
              input.currency,
            );
            return { id, slug, name, image, price };
          });
        const categories = matchCategories(
          input.q,
          catalog.categories,
          input.locale,
          input.limit,
        ).map((category) => ({
          id: category.id,
          slug: category.slug,
          name: category.name[input.locale],
        }));
        return { status: 200, json: { products, categories } };
      },
    },
  ];
}
