'use server';

import { getTranslations } from 'next-intl/server';
import type { FormOutcome } from '@/components/ui/action-form';
import { postedForm } from '@/lib/forms/posted-form';
import { formLocale } from '@/lib/i18n/markets';
import { reviews } from '@/lib/services/reviews/client';
import { REVIEW_FIELDS, reviewFieldErrors } from './review-fields';
import { orderForReview } from './order-for-review';

/**
 * A buyer's review from the write-a-review page. The order and product come from the form, the
 * proof of purchase never does: it is looked up again here for this browser (its order cookie
 * or its account). Every refusal is a localized message and keeps what was typed.
 */
export async function submitReview(_previous: FormOutcome, posted: unknown): Promise<FormOutcome> {
  const form = postedForm(posted);
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: 'Reviews.write' });
  const values = Object.fromEntries(
    REVIEW_FIELDS.map(({ name, max }) => [
      name,
      String(form.get(name) ?? '')
        .trim()
        .slice(0, max + 1),
    ]),
  );
  const errors = reviewFieldErrors(values, t);
  if (errors) return { errors, values };

  const target = await orderForReview(
    String(form.get('orderId') ?? ''),
    String(form.get('productId') ?? ''),
  );
  if (!target) return { message: t('errors.notAllowed'), values };
  const result = await reviews.submit({
    orderId: target.order.id,
    accessToken: target.order.accessToken,
    productId: target.line.productId,
    rating: Number(values.rating),
    title: values.title ?? '',
    body: values.body ?? '',
    authorName: values.authorName ?? '',
    locale,
  });
  if (result.ok) return { done: t('done') };
  const { status, code } = result.error;
  if (status === 409 && code === 'already_reviewed')
    return { message: t('errors.alreadyReviewed'), values };
  if (status === 404) return { message: t('errors.notAllowed'), values };
  if (status === 400) return { errors: { body: t('errors.invalidCharacters') }, values };
  return { message: t('errors.unavailable'), values };
}
