import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { RatingSummary } from '@/components/reviews/rating-summary';
import { ReviewPagination, ReviewSortLinks } from '@/components/reviews/review-pages-nav';
import { ReviewList } from '@/components/reviews/review-list';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { loadReviewsPage, reviewsPageMetadata } from './page-data';

export const revalidate = 300;
export const dynamicParams = true;

// Rendered on first request, then cached like the product page (and expired with it).
export function generateStaticParams() {
  return [];
}

type Props = PageProps<'/[locale]/p/[slug]/reviews/[sort]/[page]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug, sort, page }] = await Promise.all([pageLocale(params), params]);
  return reviewsPageMetadata(locale, slug, sort, page);
}

/** All of a product's reviews, most helpful or newest first, ten to a page. */
export default async function ReviewsPage({ params }: Props) {
  const [locale, { slug, sort, page }] = await Promise.all([pageLocale(params), params]);
  const { product, reviews } = await loadReviewsPage(locale, slug, sort, page);
  const t = await getTranslations('Reviews');
  const here = routes.productReviews(locale, slug, reviews.sort, reviews.page);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 py-8">
      <Link
        href={routes.product(locale, slug)}
        className="self-start text-sm underline underline-offset-4"
      >
        {t('backToProduct', { product: product.name })}
      </Link>
      <h1 className="text-3xl font-bold tracking-tight">
        {t('pageTitle', { product: product.name })}
      </h1>
      <RatingSummary locale={locale} summary={reviews.summary} />
      <ReviewSortLinks locale={locale} slug={slug} sort={reviews.sort} />
      <ReviewList locale={locale} reviews={reviews.items} returnTo={here} />
      <ReviewPagination
        locale={locale}
        slug={slug}
        sort={reviews.sort}
        page={reviews.page}
        totalPages={reviews.totalPages}
      />
    </div>
  );
}
