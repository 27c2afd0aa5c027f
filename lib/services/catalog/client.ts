import { cacheLifetimes, cacheTags } from '@/lib/cache/manifest';
import { currencyFor, type Locale } from '@/lib/i18n/markets';
import { err, type Result } from '../transport/result';
import { settle } from '../transport/settle';
import { catalogApi as api, catalogOperation as op } from './api';
import { filterQuery, hasAnyFilter, type ListingFilters } from './listing-filters';
import type { Category, Product, ProductList, ProductSort } from './types';
import { categoryListSchema, productListSchema, productSchema } from './validation';

/** Product slugs end in the product id ("linen-shirt-p000123"), so the cache tag is known before the call. */
function productIdFromSlug(slug: string): string | undefined {
  return /-(p\d{6})$/.exec(slug)?.[1];
}

export interface ProductListRequest {
  locale: Locale;
  category?: string;
  collection?: 'best-sellers' | 'new-arrivals';
  sort?: ProductSort;
  limit?: number;
  cursor?: string;
  filters?: ListingFilters;
}

export const catalog = {
  async listCategories(locale: Locale): Promise<Result<Category[]>> {
    const result = await settle(
      op('listCategories'),
      api().GET('/catalog/categories', {
        params: { query: { locale } },
        next: { revalidate: cacheLifetimes.categoryTree, tags: [cacheTags.categoryTree] },
      }),
      categoryListSchema,
    );
    return result.ok ? { ok: true, value: result.value.items } : result;
  },

  async getProduct(locale: Locale, slug: string): Promise<Result<Product>> {
    const id = productIdFromSlug(slug);
    if (!id) {
      return err({
        ...op('getProduct'),
        kind: 'http',
        status: 404,
        message: `no product id in slug "${slug}"`,
        retryable: false,
      });
    }
    return settle(
      op('getProduct'),
      api().GET('/catalog/products/{idOrSlug}', {
        params: { path: { idOrSlug: id }, query: { locale, currency: currencyFor(locale) } },
        next: { revalidate: cacheLifetimes.catalog, tags: [cacheTags.product(id)] },
      }),
      productSchema,
    );
  },

  /**
   * A list is tagged with the category or collection it lists: product events name both.
   * Filtered and deeper pages (any filter or cursor) are one-off combinations: not cached.
   */
  async listProducts(
    request: ProductListRequest,
    lifetime: number = cacheLifetimes.catalog,
  ): Promise<Result<ProductList>> {
    const { locale, category, collection, sort, limit, cursor, filters = {} } = request;
    const tags = [
      category && cacheTags.category(category),
      collection && cacheTags.collection(collection),
    ].filter((tag): tag is string => Boolean(tag));
    const filtered = Boolean(cursor) || hasAnyFilter(filters);
    return settle(
      op('listProducts'),
      api().GET('/catalog/products', {
        params: {
          query: {
            locale,
            currency: currencyFor(locale),
            category,
            collection,
            sort,
            limit,
            cursor,
            ...filterQuery(filters),
          },
        },
        ...(filtered ? { cache: 'no-store' as const } : { next: { revalidate: lifetime, tags } }),
      }),
      productListSchema,
    );
  },

  /**
   * Live price check over a cached page. Next keys its data cache by URL and headers, so the
   * header gives this short-lived entry a key of its own instead of shortening the page's.
   */
  async getLiveProduct(locale: Locale, productId: string): Promise<Result<Product>> {
    return settle(
      op('getLiveProduct'),
      api().GET('/catalog/products/{idOrSlug}', {
        params: { path: { idOrSlug: productId }, query: { locale, currency: currencyFor(locale) } },
        headers: { 'x-freshness': 'live' },
        next: { revalidate: cacheLifetimes.live, tags: [cacheTags.product(productId)] },
      }),
      productSchema,
    );
  },
};
