import { describe, expect, it } from 'vitest';
import { loadDocuments } from './openapi-documents';
import rules from '../../openapi/review-rules.json';
import { submitReviewBody } from '../reviews/review-requests';
import { REVIEW_LIMITS } from '@/lib/reviews/review-fields';

const TEXT_FIELDS = ['title', 'body', 'authorName'] as const;

/** A valid submission, so each check below changes one field only. */
const submission = {
  orderId: 'ORD-7KQ2ZP',
  accessToken: 'x'.repeat(43),
  productId: 'p000001',
  rating: 4,
  title: 'Good',
  body: 'Fits well.',
  authorName: 'Ada',
  locale: 'en-US',
};

/**
 * The review form checks lengths and characters before sending, the service checks them again,
 * and reviews.yaml promises them to other clients: a limit that drifts on one side gives a
 * shopper an error the form did not warn of, or a form error the service would not raise.
 */
describe('review rules', () => {
  it('are the ones reviews.yaml states, for submissions and for the reviews shown', () => {
    const reviews = loadDocuments().find((document) => document.service === 'reviews')!;
    for (const schema of ['ReviewSubmission', 'Review']) {
      const properties = reviews.schemas[schema]?.properties as Record<
        string,
        { maxLength: number }
      >;
      for (const field of TEXT_FIELDS)
        expect(properties[field]?.maxLength, `${schema}.${field}`).toBe(rules.maxLength[field]);
    }
  });

  it('are the ones the storefront form checks', () => {
    for (const field of TEXT_FIELDS) expect(REVIEW_LIMITS[field]).toBe(rules.maxLength[field]);
  });

  it('are the ones the service checks: the limit passes, one more is refused, control characters too', () => {
    expect(submitReviewBody.safeParse(submission).success).toBe(true);
    for (const field of TEXT_FIELDS) {
      const max = rules.maxLength[field];
      const at = { ...submission, [field]: 'a'.repeat(max) };
      const over = { ...submission, [field]: 'a'.repeat(max + 1) };
      const control = { ...submission, [field]: 'a\u0007b' };
      const lineBreak = { ...submission, [field]: 'a\nb' };
      expect(submitReviewBody.safeParse(at).success, field).toBe(true);
      expect(submitReviewBody.safeParse(over).success, field).toBe(false);
      expect(submitReviewBody.safeParse(control).success, field).toBe(false);
      expect(submitReviewBody.safeParse(lineBreak).success, field).toBe(true);
    }
  });
});
