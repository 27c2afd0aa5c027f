import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import type { Order } from '@/lib/services/checkout/client';
import { AddressLines } from './address-lines';

/** An order's number, status, contact, address, shipping and payment, as a description list. */
export async function OrderDetails({ locale, order }: { locale: Locale; order: Order }) {
  const [t, checkoutT] = await Promise.all([getTranslations('Order'), getTranslations('Checkout')]);
  return (
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
  );
}
