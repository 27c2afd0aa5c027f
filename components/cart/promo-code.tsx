import { getTranslations } from 'next-intl/server';
import { isPromoReason } from '@/lib/cart/promo-reasons';
import type { Locale } from '@/lib/i18n/markets';
import type { Promotion } from '@/lib/services/cart/client';
import { PromoCodeForm } from './promo-code-form';

/**
 * The promo code field with what the cart's code does now: applied, or why it no longer applies
 * (it expired, or the cart fell below its minimum). On the cart page and beside checkout.
 */
export async function PromoCode({
  locale,
  promotion,
  syncCart = false,
}: {
  locale: Locale;
  promotion?: Promotion;
  /** On the cart page: the cart editor shows the new totals as soon as the code is applied. */
  syncCart?: boolean;
}) {
  const t = await getTranslations('Promo');
  const reason = promotion?.reason;
  const current =
    promotion &&
    (promotion.applied
      ? t('applied', { code: promotion.code })
      : t('notApplied', {
          code: promotion.code,
          reason: t(`reasons.${isPromoReason(reason) ? reason : 'unknown'}`),
        }));
  return (
    <PromoCodeForm
      locale={locale}
      syncCart={syncCart}
      current={current}
      hasCode={promotion !== undefined}
      messages={{
        label: t('label'),
        apply: t('apply'),
        applying: t('applying'),
        remove: t('remove'),
      }}
    />
  );
}
