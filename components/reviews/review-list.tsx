import type { Locale } from '@/lib/i18n/markets';
import type { Review } from '@/lib/services/reviews/client';
import { ReviewCard } from './review-card';

export function ReviewList({
  locale,
  reviews,
  returnTo,
}: {
  locale: Locale;
  reviews: Review[];
  returnTo: string;
}) {
  return (
    <ol className="divide-y divide-paper-line">
      {reviews.map((review) => (
        <li key={review.id}>
          <ReviewCard locale={locale} review={review} returnTo={returnTo} />
        </li>
      ))}
    </ol>
  );
}
