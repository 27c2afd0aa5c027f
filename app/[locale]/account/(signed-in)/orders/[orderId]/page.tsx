import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CartCountSync } from '@/components/cart/cart-count-sync';
import { OrderDetails } from '@/components/checkout/order-details';
import { OrderSummary } from '@/components/checkout/order-summary';
import { WriteReviewLinks } from '@/components/reviews/write-review-links';
import { FormAlert } from '@/components/ui/form-alert';
import { buyAgain } from '@/lib/account/order-actions';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { cartItemCount, loadAccountOrder } from './page-data';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account/orders/[orderId]'>): Promise<Metadata> {
  const [locale, { orderId }] = await Promise.all([pageLocale(params), params]);
  const t = await getTranslations({ locale, namespace: 'Order' });
  return { title: t('metaTitle', { id: orderId }) };
}

export default async function AccountOrderPage({
  params,
  searchParams,
}: PageProps<'/[locale]/account/orders/[orderId]'>) {
  const [locale, { orderId }, query] = await Promise.all([
    pageLocale(params),
    params,
    searchParams,
  ]);
  const [t, checkoutT, order] = await Promise.all([
    getTranslations('Account'),
    getTranslations('Checkout'),
    loadAccountOrder(locale, orderId),
  ]);
  if (!order) return <FormAlert>{t('errors.unavailable')}</FormAlert>;
  const added = typeof query.added === 'string' ? Number(query.added) : undefined;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{order.id}</h1>
      {added !== undefined && Number.isInteger(added) && (
        <p role="status" className="rounded-lg bg-paper-warm px-4 py-3">
          {t('orders.buyAgainAdded', { count: added })}{' '}
          {added > 0 && (
            <Link href={routes.cart(locale)} className="font-semibold underline underline-offset-4">
              {t('orders.viewCart')}
            </Link>
          )}
        </p>
      )}
      {query.error === 'unavailable' && <FormAlert>{t('errors.unavailable')}</FormAlert>}
      {added !== undefined && <CartCountSync count={await cartItemCount()} />}
      <div className="grid gap-8 md:grid-cols-[1fr_18rem]">
        <OrderDetails locale={locale} order={order} />
        <OrderSummary
          locale={locale}
          lines={order.lines}
          totals={order}
          heading={checkoutT('summary')}
        />
      </div>
      <WriteReviewLinks locale={locale} order={order} />
      <form action={buyAgain}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="orderId" value={order.id} />
        <button
          type="submit"
          className="rounded-full bg-ink px-8 py-3 font-semibold text-white hover:bg-brand-strong"
        >
          {t('orders.buyAgain')}
        </button>
      </form>
      <Link href={routes.accountPage(locale, 'orders')} className="underline underline-offset-4">
        {t('orders.back')}
      </Link>
    </>
  );
}
