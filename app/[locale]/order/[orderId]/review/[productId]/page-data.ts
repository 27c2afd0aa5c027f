import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { FieldSpec } from '@/components/ui/form-field';
import { orderForReview } from '@/lib/reviews/order-for-review';
import { REVIEW_LIMITS } from '@/lib/reviews/review-fields';

/** The order line being reviewed, or the same 404 for an order this browser may not see. */
export async function loadReviewTarget(orderId: string, productId: string) {
  const target = await orderForReview(orderId, productId);
  if (!target) notFound();
  return { orderId: target.order.id, line: target.line, from: target.from };
}

/** The form's fields, labelled in the page's language. */
export async function reviewFormFields(): Promise<FieldSpec[]> {
  const t = await getTranslations('Reviews.write');
  return [
    {
      name: 'rating',
      kind: 'radio',
      label: t('rating'),
      options: (['5', '4', '3', '2', '1'] as const).map((stars) => ({
        value: stars,
        label: t(`ratingOptions.${stars}`),
      })),
    },
    { name: 'title', kind: 'text', label: t('titleLabel'), maxLength: REVIEW_LIMITS.title },
    {
      name: 'body',
      kind: 'textarea',
      label: t('bodyLabel'),
      hint: t('bodyHint', { max: REVIEW_LIMITS.body }),
      maxLength: REVIEW_LIMITS.body,
    },
    {
      name: 'authorName',
      kind: 'text',
      label: t('nameLabel'),
      hint: t('nameHint'),
      autoComplete: 'nickname',
      maxLength: REVIEW_LIMITS.authorName,
    },
  ];
}
