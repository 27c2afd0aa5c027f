import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { CheckoutStep } from '@/lib/checkout/steps';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { Cart } from '@/lib/services/cart/client';
import { AddressLines } from './address-lines';
import { PlaceOrderForm } from './place-order-form';

/** The answers of every step, each with a way back to change it, and the button that places the order. */
export async function CheckoutReview({ locale, cart }: { locale: Locale; cart: Cart }) {
  const t = await getTranslations('Checkout');
  const { email, shippingAddress, shippingMethod, paymentMethod } = cart.checkout;
  const sections: Array<{ step: CheckoutStep; heading: string; body: React.ReactNode }> = [
    { step: 'contact', heading: t('contactHeading'), body: email },
    {
      step: 'address',
      heading: t('shipTo'),
      body: shippingAddress && <AddressLines locale={locale} address={shippingAddress} />,
    },
    {
      step: 'shipping',
      heading: t('shippingMethod'),
      body: shippingMethod && t(`methods.${shippingMethod}`),
    },
    {
      step: 'payment',
      heading: t('paymentHeading'),
      body:
        paymentMethod &&
        t('paidWith', { brand: paymentMethod.brand.toUpperCase(), last4: paymentMethod.last4 }),
    },
  ];
  return (
    <div className="flex flex-col gap-6">
      <dl className="flex flex-col divide-y divide-paper-line rounded-xl border border-paper-line">
        {sections.map((section) => (
          <div key={section.step} className="grid grid-cols-[1fr_auto] gap-x-4 p-4">
            <dt className="text-sm font-semibold">{section.heading}</dt>
            <dd className="col-start-2 row-span-2 row-start-1">
              <Link
                href={`${routes.checkoutStep(locale, section.step)}?from=review`}
                className="text-sm underline underline-offset-4"
                aria-label={`${t('edit')}: ${section.heading}`}
              >
                {t('edit')}
              </Link>
            </dd>
            <dd className="text-sm text-ink-muted">{section.body}</dd>
          </div>
        ))}
      </dl>
      <PlaceOrderForm
        locale={locale}
        idempotencyKey={randomUUID()}
        cartVersion={cart.version}
        expectedTotal={cart.totals.total.amount}
        label={t('placeOrder')}
        pendingLabel={t('placing')}
      />
    </div>
  );
}
