import { z } from 'zod';
import { localeSchema } from '../catalog/locale';

/** Limits a shopper's review is held to; the storefront's form (lib/reviews) holds the same. */
const REVIEW_LIMITS = { title: 120, body: 2000, authorName: 60 } as const;

/** Trimmed, without control characters: the text is shown as written, escaped at render. */
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), {
      params: { code: 'invalid_characters' },
    });

export const submitReviewBody = z
  .object({
    orderId: z.string().regex(/^ORD-[A-Z0-9]{4,12}$/),
    /** The order's access token: what proves the writer bought it (never shown in the review). */
    accessToken: z.string().min(16).max(128),
    productId: z.string().regex(/^p\d{6}$/),
    rating: z.number().int().min(1).max(5),
    title: text(1, REVIEW_LIMITS.title),
    body: text(1, REVIEW_LIMITS.body),
    authorName: text(1, REVIEW_LIMITS.authorName),
    locale: localeSchema,
  })
  .strict();

export type ReviewSubmission = z.output<typeof submitReviewBody>;

export const helpfulVoteBody = z
  .object({
    /** An opaque per-browser id the storefront derives; one vote per voter and review. */
    voter: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  })
  .strict();

const reviewSortSchema = z.enum(['helpful', 'newest']);
export type ReviewSort = z.infer<typeof reviewSortSchema>;

export const reviewListQuery = z
  .object({
    sort: reviewSortSchema.default('helpful'),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(20).default(5),
  })
  .strict();

export const moderationQuery = z
  .object({ status: z.enum(['pending', 'approved', 'rejected']).default('pending') })
  .strict();

export const decisionBody = z.object({ decision: z.enum(['approve', 'reject']) }).strict();
