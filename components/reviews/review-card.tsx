import { getTranslations } from 'next-intl/server';
import { StarRating } from '@/components/ui/star-rating';
import type { Locale } from '@/lib/i18n/markets';
import type { Review } from '@/lib/services/reviews/client';
import { HelpfulVote } from './helpful-vote';

/**
 * One review. Its title and text keep the language they were written in (`lang`), so screen
 * readers pronounce a German review on the English page as German; React escapes the text.
 */
export async function ReviewCard({
  locale,
  review,
  returnTo,
}: {
  locale: Locale;
  review: Review;
  /** The page the helpful vote leads back to. */
  returnTo: string;
}) {
  const t = await getTranslations('Reviews');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(
    new Date(review.createdAt),
  );
  const language =
    review.locale === locale
      ? undefined
      : new Intl.DisplayNames(locale, { type: 'language' }).of(review.locale);
  return (
    <article id={`review-${review.id}`} className="flex flex-col gap-2 py-5">
      <StarRating value={review.rating} label={t('reviewStars', { rating: review.rating })} />
      <h3 lang={review.locale} className="font-semibold">
        {review.title}
      </h3>
      <p className="text-sm text-ink-muted">
        {review.authorName} · <time dateTime={review.createdAt}>{date}</time> · {t('verified')}
        {language && <> · {t('writtenIn', { language })}</>}
      </p>
      <p lang={review.locale} className="whitespace-pre-line">
        {review.body}
      </p>
      <HelpfulVote
        reviewId={review.id}
        returnTo={returnTo}
        messages={{
          button: t('helpful'),
          label: t('helpfulLabel', { title: review.title }),
          count: t('helpfulCount', { count: review.helpfulCount }),
          thanks: t('helpfulThanks'),
        }}
      />
    </article>
  );
}
