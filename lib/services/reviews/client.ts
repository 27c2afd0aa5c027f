import { cacheLifetimes, cacheTags } from '@/lib/cache/manifest';
import { serverEnv } from '@/lib/env/server';
import { lazyServiceClient } from '../transport/create-client';
import { err, type Result } from '../transport/result';
import { settle } from '../transport/settle';
import type { components, paths } from './schema';
import {
  helpfulCountSchema,
  moderationListSchema,
  moderationResultSchema,
  reviewPageSchema,
  submittedReviewSchema,
} from './validation';

type Schemas = components['schemas'];
export type Review = Schemas['Review'];
export type ReviewPage = Schemas['ReviewPage'];
export type RatingSummary = Schemas['RatingSummary'];
export type ReviewSort = Schemas['ReviewSort'];
export type ReviewStatus = Schemas['ReviewStatus'];
export type ReviewSubmission = Schemas['ReviewSubmission'];
export type ModeratedReview = Schemas['ModeratedReview'];

const api = lazyServiceClient<paths>('reviews');

const op = (operation: string) => ({ service: 'reviews', operation });

const uncached = { cache: 'no-store' } as const;

/** The moderation operations carry the services' admin token, read on the server only. */
function adminHeaders(operation: string): Result<{ Authorization: string }> {
  const token = serverEnv().ADMIN_TOKEN;
  if (token) return { ok: true, value: { Authorization: `Bearer ${token}` } };
  return err({
    ...op(operation),
    kind: 'http',
    status: 401,
    code: 'admin_token_unset',
    message: 'ADMIN_TOKEN is not set on the storefront',
    retryable: false,
  });
}

/**
 * The reviews service. A product's reviews are cached with the product's tag, so the
 * `reviews.updated` webhook (sent when a moderator approves or hides one) expires them with the
 * product page; writes and moderation are never cached.
 */
export const reviews = {
  async productReviews(
    productId: string,
    query: { sort: ReviewSort; page: number; pageSize: number },
  ): Promise<Result<ReviewPage>> {
    return settle(
      op('listProductReviews'),
      api().GET('/reviews/products/{productId}', {
        params: { path: { productId }, query },
        next: { revalidate: cacheLifetimes.page, tags: [cacheTags.product(productId)] },
      }),
      reviewPageSchema,
    );
  },

  /**
   * A buyer's review (pending until approved). 404 for any order that cannot review the product
   * (unknown, wrong token, product not in it); 409 `already_reviewed`; 400 with `error.fields`.
   */
  async submit(submission: ReviewSubmission) {
    return settle(
      op('submitReview'),
      api().POST('/reviews', { body: submission, ...uncached }),
      submittedReviewSchema,
    );
  },

  async voteHelpful(reviewId: string, voter: string) {
    return settle(
      op('voteReviewHelpful'),
      api().POST('/reviews/{reviewId}/helpful', {
        params: { path: { reviewId } },
        body: { voter },
        ...uncached,
      }),
      helpfulCountSchema,
    );
  },

  async forModeration(status: ReviewStatus) {
    const headers = adminHeaders('listReviewsForModeration');
    if (!headers.ok) return headers;
    return settle(
      op('listReviewsForModeration'),
      api().GET('/admin/reviews', {
        params: { query: { status } },
        headers: headers.value,
        ...uncached,
      }),
      moderationListSchema,
    );
  },

  async moderate(reviewId: string, decision: 'approve' | 'reject') {
    const headers = adminHeaders('moderateReview');
    if (!headers.ok) return headers;
    return settle(
      op('moderateReview'),
      api().POST('/admin/reviews/{reviewId}/decision', {
        params: { path: { reviewId } },
        body: { decision },
        headers: headers.value,
        ...uncached,
      }),
      moderationResultSchema,
    );
  },
};
