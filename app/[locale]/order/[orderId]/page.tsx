import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { TrackPurchase } from '@/components/analytics/track-purchase';
import { CartCountSync } from '@/components/cart/cart-count-sync';
import { OrderDetails } from '@/components/checkout/order-details';
import { OrderSummary } from '@/components/checkout/order-summary';
import { WriteReviewLinks } from '@/components/reviews/write-review-links';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { loadOrder, purchaseOf } from './page-data';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/order/[orderId]'>): Promise<Metadata> {
  const [locale, { orderId }] = await Promise.all([pageLocale(params), params]);
  const t = await getTranslations({ locale, namespace: 'Order' });
  return { title: t('metaTitle', { id: orderId }), robots: { index: false, follow: false } };
}

/** The order confirmation, and the page order lookup opens: per request, never cached. */
export default async function OrderPage({ params }: PageProps<'/[locale]/order/[orderId]'>) {
  const [locale, { orderId }] = await Promise.all([pageLocale(params), params]);
  const order = await loadOrder(orderId);
  const [t, checkoutT] = await Promise.all([getTranslations('Order'), getTranslations('Checkout')]);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <CartCountSync count={0} />
      <TrackPurchase {...purchaseOf(order)} />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <OrderDetails locale={locale} order={order} />
        <OrderSummary
          locale={locale}
          lines={order.lines}
          totals={order}
          heading={checkoutT('summary')}
        />
      </div>
      <WriteReviewLinks locale={locale} order={order} />
      <Link href={routes.home(locale)} className="underline underline-offset-4">
        {t('continue')}
      </Link>
    </div>
  );
}
