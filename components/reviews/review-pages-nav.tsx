import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { ReviewSort } from '@/lib/services/reviews/client';

const SORTS: ReviewSort[] = ['helpful', 'newest'];

const link = 'rounded-full border px-4 py-1.5 text-sm';

/** Most helpful / newest, as links: each order and page is its own cached page. */
export async function ReviewSortLinks({
  locale,
  slug,
  sort,
}: {
  locale: Locale;
  slug: string;
  sort: ReviewSort;
}) {
  const t = await getTranslations('Reviews');
  return (
    <nav aria-label={t('sortLabel')}>
      <ul className="flex gap-2">
        {SORTS.map((option) => (
          <li key={option}>
            <Link
              href={routes.productReviews(locale, slug, option)}
              aria-current={option === sort ? 'page' : undefined}
              className={`${link} ${option === sort ? 'border-ink bg-ink text-white' : 'border-paper-line hover:border-ink'}`}
            >
              {t(option === 'helpful' ? 'helpfulSort' : 'newestSort')}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export async function ReviewPagination({
  locale,
  slug,
  sort,
  page,
  totalPages,
}: {
  locale: Locale;
  slug: string;
  sort: ReviewSort;
  page: number;
  totalPages: number;
}) {
  if (totalPages <= 1) return null;
  const t = await getTranslations('Reviews');
  return (
    <nav aria-label={t('paginationLabel')} className="flex items-center gap-4">
      {page > 1 && (
        <Link
          href={routes.productReviews(locale, slug, sort, page - 1)}
          rel="prev"
          className={`${link} border-paper-line hover:border-ink`}
        >
          {t('previous')}
        </Link>
      )}
      <p className="text-sm text-ink-muted">{t('pageOf', { page, total: totalPages })}</p>
      {page < totalPages && (
        <Link
          href={routes.productReviews(locale, slug, sort, page + 1)}
          rel="next"
          className={`${link} border-paper-line hover:border-ink`}
        >
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
