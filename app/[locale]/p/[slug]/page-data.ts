import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { cacheLifetimes } from '@/lib/cache/manifest';
import { categoryTrail } from '@/lib/listing/category-tree';
import { defaultLocale, type Locale } from '@/lib/i18n/markets';
import { catalog } from '@/lib/services/catalog/client';
import { reviews } from '@/lib/services/reviews/client';
import { routes } from '@/lib/routes';
import { isNotFound, unwrap } from '@/lib/services/transport/result';
import { pageMetadata } from '@/lib/seo/metadata';

const RELATED_COUNT = 4;
/** The most helpful few on the product page; the rest are a link away (`routes.productReviews`). */
const REVIEWS_ON_PRODUCT_PAGE = 3;

/** Undefined means "no such product" (a 404); an outage throws so ISR keeps the last good page. */
const loadProductPage = cache(async (locale: Locale, slug: string) => {
  const product = await catalog.getProduct(locale, slug);
  if (!product.ok && isNotFound(product.error)) return undefined;
  const value = unwrap(product);
  const leafCategory = value.categoryPath.at(-1);
  const [categories, related, productReviews] = await Promise.all([
    catalog.listCategories(locale),
    leafCategory
      ? catalog.listProducts(
          { locale, category: leafCategory, sort: 'popular', limit: RELATED_COUNT + 1 },
          cacheLifetimes.related,
        )
      : undefined,
    mostHelpfulReviews(value.id),
  ]);
  return {
    product: value,
    // Breadcrumbs, related products and reviews are extras: their outage must not take the
    // product down.
    trail: categories.ok && leafCategory ? categoryTrail(categories.value, leafCategory) : [],
    related: related?.ok
      ? related.value.items.filter((item) => item.id !== value.id).slice(0, RELATED_COUNT)
      : [],
    reviews: productReviews.ok ? productReviews.value : undefined,
  };
});

/**
 * A failed read here leaves the page cached for its whole window saying reviews cannot be shown,
 * so a read that fails (the build prerenders while the services are still warming up) is tried
 * once more after the page's other reads are done.
 */
async function mostHelpfulReviews(productId: string) {
  const query = { sort: 'helpful', page: 1, pageSize: REVIEWS_ON_PRODUCT_PAGE } as const;
  const first = await reviews.productReviews(productId, query);
  return first.ok ? first : reviews.productReviews(productId, query);
}

/** Best sellers are prerendered at build time; every other product renders on first request. */
export async function topProductSlugs(count: number): Promise<string[]> {
  if (count === 0) return [];
  const list = await catalog.listProducts({
    locale: defaultLocale,
    sort: 'popular',
    limit: Math.min(count, 100),
  });
  return list.ok ? list.value.items.map((product) => product.slug) : [];
}

/** The page's data, or the not-found page, or a permanent redirect when the slug has changed. */
export async function productPageOrExit(locale: Locale, slug: string) {
  const data = await loadProductPage(locale, slug);
  if (!data) notFound();
  if (data.product.slug !== slug) permanentRedirect(routes.product(locale, data.product.slug));
  return data;
}

export async function productMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const data = await loadProductPage(locale, slug);
  if (!data) return {};
  const { product } = data;
  return pageMetadata({
    locale,
    path: `/p/${product.slug}`,
    title: product.name,
    description: product.description.slice(0, 160),
    type: 'product',
    price: product.price,
  });
}
