import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { TrackPurchase } from '@/components/analytics/track-purchase';
import { CartCountSync } from '@/components/cart/cart-count-sync';
import { AddressLines } from '@/components/checkout/address-lines';
import { OrderSummary } from '@/components/checkout/order-summary';
import { ORDER_NUMBER } from '@/lib/checkout/order-number';
import { hasOrderAccess } from '@/lib/checkout/order-access';
import { currencyDigits } from '@/lib/i18n/money';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { checkout } from '@/lib/services/checkout/client';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/order/[orderId]'>): Promise<Metadata> {
  const [locale, { orderId }] = await Promise.all([pageLocale(params), params]);
  const t = await getTranslations({ locale, namespace: 'Order' });
  return { title: t('metaTitle', { id: orderId }), robots: { index: false, follow: false } };
}

/**
 * The order confirmation, and the page order lookup opens. Only a browser holding the order's
 * access cookie sees it; anyone else gets the same 404 as for an unknown number.
 */
export default async function OrderPage({ params }: PageProps<'/[locale]/order/[orderId]'>) {
  const [locale, { orderId }] = await Promise.all([pageLocale(params), params]);
  if (!ORDER_NUMBER.test(orderId)) notFound();
  const found = await checkout.getOrder(orderId);
  if (!found.ok || !(await hasOrderAccess(found.value))) notFound();
  const order = found.value;
  const [t, checkoutT] = await Promise.all([getTranslations('Order'), getTranslations('Checkout')]);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <CartCountSync count={0} />
      <TrackPurchase
        orderId={order.id}
        currency={order.total.currency}
        value={order.total.amount / 10 ** currencyDigits(order.total.currency)}
        items={order.lines.reduce((sum, line) => sum + line.quantity, 0)}
      />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <dl className="flex flex-col gap-4">
          <div>
            <dt className="text-sm font-semibold">{t('number')}</dt>
            <dd className="text-2xl font-bold tracking-wide">{order.id}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold">{t('status')}</dt>
            <dd>{t(`statuses.${order.status}`)}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold">{checkoutT('contactHeading')}</dt>
            <dd>{t('confirmation', { email: order.email })}</dd>
          </div>
          {order.shippingAddress && (
            <div>
              <dt className="text-sm font-semibold">{checkoutT('shipTo')}</dt>
              <dd>
                <AddressLines locale={locale} address={order.shippingAddress} />
              </dd>
            </div>
          )}
          {order.shippingMethod && (
            <div>
              <dt className="text-sm font-semibold">{checkoutT('shippingMethod')}</dt>
              <dd>{checkoutT(`methods.${order.shippingMethod}`)}</dd>
            </div>
          )}
          {order.payment && (
            <div>
              <dt className="text-sm font-semibold">{checkoutT('paymentHeading')}</dt>
              <dd>
                {checkoutT('paidWith', {
                  brand: order.payment.brand.toUpperCase(),
                  last4: order.payment.last4,
                })}
              </dd>
            </div>
          )}
        </dl>
        <OrderSummary
          locale={locale}
          lines={order.lines}
          totals={order}
          heading={checkoutT('summary')}
        />
      </div>
      <Link href={routes.home(locale)} className="underline underline-offset-4">
        {t('continue')}
      </Link>
    </div>
  );
}
