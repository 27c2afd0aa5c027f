import { moderateReview } from '@/lib/reviews/moderation-actions';
import type { ModeratedReview } from '@/lib/services/reviews/client';

const button = 'rounded-full border px-4 py-1.5 text-sm font-semibold';

/** Written reviews with their order and product, each with approve and reject. */
export function ReviewQueue({ reviews }: { reviews: ModeratedReview[] }) {
  if (reviews.length === 0) return <p className="text-sm">Nothing here.</p>;
  return (
    <ol className="flex flex-col divide-y divide-paper-line">
      {reviews.map((review) => (
        <li key={review.id} className="flex flex-col gap-2 py-4">
          <p className="text-sm text-ink-muted">
            {review.productName} ({review.productId}) · order {review.orderId} · {review.locale} ·{' '}
            {new Date(review.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC
          </p>
          <p className="font-semibold">
            {review.rating}/5 · <span lang={review.locale}>{review.title}</span>
          </p>
          <p lang={review.locale} className="whitespace-pre-line">
            {review.body}
          </p>
          <p className="text-sm">— {review.authorName}</p>
          <form action={moderateReview} className="flex gap-2">
            <input type="hidden" name="reviewId" value={review.id} />
            {review.status !== 'approved' && (
              <button
                type="submit"
                name="decision"
                value="approve"
                aria-label={`Approve “${review.title}”`}
                className={`${button} border-ink bg-ink text-white`}
              >
                Approve
              </button>
            )}
            {review.status !== 'rejected' && (
              <button
                type="submit"
                name="decision"
                value="reject"
                aria-label={`Reject “${review.title}”`}
                className={`${button} border-paper-line`}
              >
                Reject
              </button>
            )}
          </form>
        </li>
      ))}
    </ol>
  );
}

const OUTCOMES: Record<string, string> = {
  approved: 'Approved: the product page shows it now.',
  rejected: 'Rejected: shoppers do not see it.',
  failed: 'The reviews service refused or did not answer; nothing changed.',
  invalid: 'That was not a review or a decision.',
};

/** What the last decision did, read from the URL the action led back to. */
export function ModerationOutcome({
  query,
}: {
  query: Record<string, string | string[] | undefined>;
}) {
  const outcome = typeof query.outcome === 'string' ? OUTCOMES[query.outcome] : undefined;
  if (!outcome) return null;
  const retrying = query.webhook === 'retrying';
  return (
    <p role="status" className="rounded-lg bg-paper-warm px-4 py-3 text-sm">
      {outcome}
      {retrying && ' The storefront did not take the webhook yet; it is retried in the background.'}
    </p>
  );
}
