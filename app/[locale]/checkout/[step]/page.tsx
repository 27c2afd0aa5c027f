import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CartCountSync } from '@/components/cart/cart-count-sync';
import { CheckoutProgress } from '@/components/checkout/checkout-progress';
import { CheckoutReview } from '@/components/checkout/checkout-review';
import { OrderSummary } from '@/components/checkout/order-summary';
import { addressFields } from '@/components/checkout/address-fields';
import {
  contactFields,
  fieldErrorMessages,
  paymentFields,
  savedAnswersKey,
  shippingFields,
} from '@/components/checkout/step-fields';
import { StepForm, type StepFormProps } from '@/components/checkout/step-form';
import {
  saveAddress,
  saveContact,
  savePayment,
  saveShipping,
} from '@/lib/checkout/checkout-actions';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { PromoCode } from '@/components/cart/promo-code';
import { FormAlert } from '@/components/ui/form-alert';
import { loadCheckout, paymentNotice, reviewNotice } from './page-data';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/checkout/[step]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Checkout' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** One checkout step per URL: per request (it reads the cart cookie), never cached. */
export default async function CheckoutStepPage({
  params,
  searchParams,
}: PageProps<'/[locale]/checkout/[step]'>) {
  const [locale, { step: rawStep }, query] = await Promise.all([
    pageLocale(params),
    params,
    searchParams,
  ]);
  const [t, data] = await Promise.all([getTranslations('Checkout'), loadCheckout(locale, rawStep)]);
  if (data === 'unavailable') {
    return (
      <p role="alert" className="mx-auto max-w-3xl py-8 text-sale">
        {t('unavailable')}
      </p>
    );
  }
  const { step, cart, rates, prefill } = data;
  const draft = cart.checkout;
  const noticeCode = paymentNotice(step, query.error);
  const notice = noticeCode && t(noticeCode);
  const tPromo = await getTranslations('Promo');
  const review = reviewNotice(step, query.error);
  const reviewMessage =
    review &&
    (review.kind === 'totalChanged'
      ? t('totalChanged')
      : t('promoRejected', { reason: tPromo(`reasons.${review.reason}`) }));
  const { promotion } = cart;
  const returnTo = query.from === 'review' ? ('review' as const) : undefined;
  const shared = {
    locale,
    errorMessages: fieldErrorMessages(t),
    submitLabel: t('continue'),
    pendingLabel: t('saving'),
    notice,
    returnTo,
  };
  const forms: Record<Exclude<typeof step, 'review'>, StepFormProps> = {
    contact: {
      ...shared,
      step: 'contact',
      action: saveContact,
      fields: contactFields(t, draft.email ?? prefill.email),
    },
    address: {
      ...shared,
      step: 'address',
      action: saveAddress,
      fields: addressFields(t, draft.shippingAddress ?? prefill.address, locale),
      offerToSave: prefill.signedIn ? t('saveAddress') : undefined,
    },
    shipping: {
      ...shared,
      step: 'shipping',
      action: saveShipping,
      fields: shippingFields(t, draft, rates, locale),
    },
    payment: { ...shared, step: 'payment', action: savePayment, fields: paymentFields(t) },
  };

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6 py-8">
      <h1 className="text-3xl font-bold tracking-tight">
        {step === 'review' ? t('reviewTitle') : t('title')}
      </h1>
      <CheckoutProgress locale={locale} current={step} />
      <CartCountSync count={cart.itemCount} />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <section aria-label={t(`steps.${step}`)} className="flex flex-col gap-4">
          {step === 'payment' && (
            <div className="flex flex-col gap-1 rounded-lg bg-paper-warm p-4 text-sm">
              <p>{t('testCards')}</p>
              <p className="text-ink-muted">{t('cardNote')}</p>
            </div>
          )}
          {step === 'payment' && draft.paymentMethod && !notice && (
            <p className="text-sm">
              {t('savedCard', {
                card: t('paidWith', {
                  brand: draft.paymentMethod.brand.toUpperCase(),
                  last4: draft.paymentMethod.last4,
                }),
              })}{' '}
              <Link
                href={routes.checkoutStep(locale, 'review')}
                className="font-semibold underline underline-offset-4"
              >
                {t('useSavedCard')}
              </Link>
            </p>
          )}
          {reviewMessage && <FormAlert>{reviewMessage}</FormAlert>}
          {step === 'review' ? (
            <CheckoutReview locale={locale} cart={cart} />
          ) : (
            // Keyed by the saved answers: a refreshed draft remounts the form with them.
            <StepForm key={savedAnswersKey(forms[step].fields)} {...forms[step]} />
          )}
        </section>
        <div className="flex flex-col gap-4">
          <OrderSummary
            locale={locale}
            lines={cart.lines}
            totals={{ ...cart.totals, promotion: promotion?.applied ? promotion : undefined }}
            heading={t('summary')}
          />
          {/* US prices exclude sales tax, and its rate depends on the state still to come. */}
          {!cart.totals.tax && cart.currency === 'USD' && (
            <p className="text-sm text-ink-muted">{t('taxNotYet')}</p>
          )}
          <PromoCode locale={locale} promotion={promotion} />
        </div>
      </div>
    </div>
  );
}
