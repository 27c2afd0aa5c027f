import type { AdminGuard } from '../admin/auth';
import type { Catalog } from '../catalog/catalog';
import { notFound } from '../framework/errors';
import { parseFields } from '../framework/field-errors';
import type { Route } from '../framework/types';
import { validate, validateQuery } from '../framework/validate';
import type { ProductReviews } from './product-reviews';
import type { ReviewModeration } from './review-moderation';
import {
  decisionBody,
  helpfulVoteBody,
  moderationQuery,
  reviewListQuery,
  submitReviewBody,
} from './review-requests';

interface ReviewRouteInput {
  catalog: Catalog;
  reviews: ProductReviews;
  moderation: ReviewModeration;
  guard: AdminGuard;
}

/** Reading, writing and voting on reviews; the moderation queue behind ADMIN_TOKEN. */
export function reviewRoutes({ catalog, reviews, moderation, guard }: ReviewRouteInput): Route[] {
  return [
    {
      method: 'GET',
      template: '/reviews/products/{productId}',
      service: 'reviews',
      handler: async ({ params, query }) => {
        const product = catalog.product(params.productId ?? '');
        if (!product) throw notFound('Product');
        const { sort, page, pageSize } = validateQuery(reviewListQuery, query);
        return { status: 200, json: await reviews.page(product, sort, page, pageSize) };
      },
    },
    {
      method: 'POST',
      template: '/reviews',
      service: 'reviews',
      handler: async ({ readJson }) => {
        const review = await reviews.submit(parseFields(submitReviewBody, await readJson()));
        return { status: 201, json: { id: review.id, status: review.status } };
      },
    },
    {
      method: 'POST',
      template: '/reviews/{reviewId}/helpful',
      service: 'reviews',
      handler: async ({ params, readJson }) => {
        const { voter } = validate(helpfulVoteBody, await readJson());
        const helpfulCount = await reviews.vote(params.reviewId ?? '', voter);
        return { status: 200, json: { helpfulCount } };
      },
    },
    {
      method: 'GET',
      template: '/admin/reviews',
      service: 'reviews',
      handler: async ({ headers, query }) => {
        guard(headers);
        const { status } = validateQuery(moderationQuery, query);
        return { status: 200, json: { items: await moderation.list(status) } };
      },
    },
    {
      method: 'POST',
      template: '/admin/reviews/{reviewId}/decision',
      service: 'reviews',
      handler: async ({ headers, params, readJson }) => {
        guard(headers);
        const { decision } = validate(decisionBody, await readJson());
        const { review, webhook } = await moderation.decide(params.reviewId ?? '', decision);
        const { id, productId, status } = review;
        return { status: 200, json: { review: { id, productId, status }, webhook } };
      },
    },
  ];
}
