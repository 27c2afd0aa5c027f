import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { catalog } from '@/lib/services/catalog/client';
import { reviews, type ReviewSort } from '@/lib/services/reviews/client';
import { isNotFound, unwrap } from '@/lib/services/transport/result';
import { pageMetadata } from '@/lib/seo/metadata';

const PAGE_SIZE = 10;
const SORTS: readonly string[] = ['helpful', 'newest'] satisfies ReviewSort[];

function parsePage(sort: string, page: string): { sort: ReviewSort; page: number } | undefined {
  if (!SORTS.includes(sort) || !/^[1-9]\d{0,3}$/.test(page)) return undefined;
  return { sort: sort as ReviewSort, page: Number(page) };
}

/**
 * One page of a product's reviews, or the not-found page (an unknown product, order or page
 * number past the last). An outage throws, so ISR keeps the last good copy.
 */
export const loadReviewsPage = cache(
  async (locale: Locale, slug: string, sortParam: string, pageParam: string) => {
    const wanted = parsePage(sortParam, pageParam);
    if (!wanted) notFound();
    const product = await catalog.getProduct(locale, slug);
    if (!product.ok && isNotFound(product.error)) notFound();
    const { id, name, slug: currentSlug } = unwrap(product);
    if (currentSlug !== slug) notFound();
    const page = unwrap(await reviews.productReviews(id, { ...wanted, pageSize: PAGE_SIZE }));
    if (wanted.page > page.totalPages) notFound();
    return { product: { id, name, slug }, reviews: page };
  },
);

export async function reviewsPageMetadata(
  locale: Locale,
  slug: string,
  sort: string,
  page: string,
): Promise<Metadata> {
  const { product, reviews: found } = await loadReviewsPage(locale, slug, sort, page);
  const t = await getTranslations({ locale, namespace: 'Reviews' });
  return pageMetadata({
    locale,
    path: routes.productReviews(locale, slug, found.sort, found.page).slice(locale.length + 1),
    title: t('pageTitle', { product: product.name }),
    description: t('pageDescription', { product: product.name }),
  });
}
