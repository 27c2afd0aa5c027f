import { z } from 'zod';

const locale = z.enum(['en-US', 'de-DE', 'fr-FR', 'ja-JP']);
const rating = z.number().int().min(1).max(5);
const count = z.number().int().nonnegative();

const reviewSchema = z.object({
  id: z.string().min(1),
  rating,
  title: z.string(),
  body: z.string(),
  authorName: z.string(),
  locale,
  createdAt: z.iso.datetime(),
  helpfulCount: count,
});

/** What a product page reads of a page of reviews; unknown fields pass through untouched. */
export const reviewPageSchema = z.object({
  productId: z.string(),
  summary: z.object({
    average: z.number().min(0).max(5),
    count,
    histogram: z.tuple([count, count, count, count, count]),
  }),
  sort: z.enum(['helpful', 'newest']),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  totalPages: z.number().int().min(1),
  items: z.array(reviewSchema),
});

export const submittedReviewSchema = z.object({
  id: z.string().min(1),
  status: z.enum(['pending', 'approved', 'rejected']),
});

export const helpfulCountSchema = z.object({ helpfulCount: count });

export const moderationListSchema = z.object({
  items: z.array(
    reviewSchema.omit({ helpfulCount: true }).extend({
      productId: z.string(),
      productName: z.string(),
      orderId: z.string(),
      status: z.enum(['pending', 'approved', 'rejected']),
      moderatedAt: z.iso.datetime().nullable(),
    }),
  ),
});

export const moderationResultSchema = z.object({
  review: z.object({ id: z.string(), productId: z.string(), status: z.string() }),
  webhook: z.object({ delivered: z.boolean() }).nullable(),
});
