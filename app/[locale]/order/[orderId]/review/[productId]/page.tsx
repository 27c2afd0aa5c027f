import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { pageLocale } from '@/lib/i18n/page-locale';
import { submitReview } from '@/lib/reviews/review-actions';
import { routes } from '@/lib/routes';
import { loadReviewTarget, reviewFormFields } from './page-data';

type Props = PageProps<'/[locale]/order/[orderId]/review/[productId]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { orderId, productId }] = await Promise.all([pageLocale(params), params]);
  const { line } = await loadReviewTarget(orderId, productId);
  const t = await getTranslations({ locale, namespace: 'Reviews.write' });
  return { title: t('metaTitle', { product: line.name }), robots: { index: false, follow: false } };
}

/** Write a review of one product of an order: per request, for the order's holder only. */
export default async function WriteReviewPage({ params }: Props) {
  const [locale, { orderId, productId }] = await Promise.all([pageLocale(params), params]);
  const [{ line, from }, fields, t] = await Promise.all([
    loadReviewTarget(orderId, productId),
    reviewFormFields(),
    getTranslations('Reviews.write'),
  ]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('title', { product: line.name })}</h1>
      <p className="text-ink-muted">
        {t('intro', { product: line.name, variant: line.variantLabel })}
      </p>
      <ActionForm
        action={submitReview}
        fields={fields}
        hidden={{ locale, orderId, productId }}
        submitLabel={t('submit')}
        pendingLabel={t('pending')}
      />
      <Link
        href={
          from === 'account' ? routes.accountOrder(locale, orderId) : routes.order(locale, orderId)
        }
        className="underline underline-offset-4"
      >
        {t('backToOrder')}
      </Link>
    </div>
  );
}
