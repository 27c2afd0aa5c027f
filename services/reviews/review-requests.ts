import { z } from 'zod';
import rules from '../../openapi/review-rules.json';
import { localeSchema } from '../catalog/locale';

/** Limits a shopper's review is held to: the storefront's form reads the same file. */
const REVIEW_LIMITS = rules.maxLength;
const FORBIDDEN = new RegExp(rules.forbiddenCharacters);

/** Trimmed, without control characters: the text is shown as written, escaped at render. */
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !FORBIDDEN.test(value), {
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
