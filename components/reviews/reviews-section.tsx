import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { ReviewPage } from '@/lib/services/reviews/client';
import { RatingSummary } from './rating-summary';
import { ReviewList } from './review-list';

/**
 * The product page's reviews, in its cached HTML: the summary and the most helpful few, with a
 * link to all of them. `reviews` is undefined when the service did not answer (the product page
 * still renders; the webhook or the next regeneration brings them back).
 */
export async function ReviewsSection({
  locale,
  product,
  reviews,
}: {
  locale: Locale;
  product: { slug: string };
  reviews: ReviewPage | undefined;
}) {
  const t = await getTranslations('Reviews');
  const count = reviews?.summary.count ?? 0;
  return (
    <Section id="reviews" title={t('title')}>
      {!reviews ? (
        <p className="text-ink-muted">{t('unavailable')}</p>
      ) : count === 0 ? (
        <p className="text-ink-muted">{t('none')}</p>
      ) : (
        <div className="flex flex-col gap-4">
          <RatingSummary locale={locale} summary={reviews.summary} />
          <ReviewList
            locale={locale}
            reviews={reviews.items}
            returnTo={routes.product(locale, product.slug)}
          />
          <Link
            href={routes.productReviews(locale, product.slug)}
            className="self-start font-semibold underline underline-offset-4"
          >
            {t('allReviews', { count })}
          </Link>
        </div>
      )}
      <p className="mt-4 text-sm text-ink-muted">{t('writeHint')}</p>
    </Section>
  );
}
