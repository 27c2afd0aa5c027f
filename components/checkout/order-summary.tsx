import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import { formatTaxRate } from '@/lib/checkout/tax-rate';
import type { Locale } from '@/lib/i18n/markets';
import { formatMoney, type Money } from '@/lib/i18n/money';
import type { CartLine, OrderTotals } from '@/lib/services/cart/client';

type Totals = Partial<OrderTotals> & {
  subtotal: Money;
  /** The promo code behind the discount or the free shipping. */
  promotion?: { code: string; freeShipping: boolean };
};

/** Lines and totals, read-only: beside every checkout step and on the order page. */
export async function OrderSummary({
  locale,
  lines,
  totals,
  heading,
}: {
  locale: Locale;
  lines: CartLine[];
  totals: Totals;
  heading: string;
}) {
  const [t, tCart] = await Promise.all([getTranslations('Checkout'), getTranslations('Cart')]);
  const taxLines = (lines: NonNullable<Totals['tax']>['lines']) =>
    lines.map((line) => {
      const included = line.kind !== 'sales';
      const rate = formatTaxRate(line.ratePerMillion, locale);
      return (
        <div key={line.code} className="contents" data-tax-line={line.code}>
          <dt className={included ? 'text-ink-muted' : undefined}>
            {t(`taxes.${line.kind}`, { region: line.region ?? '', rate })}
          </dt>
          <dd className={included ? 'text-right text-ink-muted' : 'text-right'}>
            {formatMoney(line.tax, locale)}
          </dd>
        </div>
      );
    });
  return (
    <section
      aria-labelledby="order-summary-heading"
      className="flex flex-col gap-4 rounded-xl bg-paper-warm p-5"
    >
      <h2 id="order-summary-heading" className="font-semibold">
        {heading}
      </h2>
      <ul className="flex flex-col gap-3">
        {lines.map((line) => (
          <li key={line.id} className="flex gap-3 text-sm">
            <Image
              src={line.image.url}
              alt=""
              width={48}
              height={60}
              sizes="48px"
              quality={60}
              className="h-15 w-12 rounded bg-paper object-cover"
            />
            <div className="flex-1">
              <p className="font-medium">{line.name}</p>
              <p className="text-ink-muted">
                {line.variantLabel} · × {line.quantity}
              </p>
            </div>
            <p>{formatMoney(line.lineTotal, locale)}</p>
          </li>
        ))}
      </ul>
      <dl className="grid grid-cols-[1fr_auto] gap-y-1 border-t border-paper-line pt-3 text-sm">
        <dt>{t('subtotal')}</dt>
        <dd className="text-right">{formatMoney(totals.subtotal, locale)}</dd>
        {totals.discount && totals.promotion && (
          <>
            <dt>{tCart('discount', { code: totals.promotion.code })}</dt>
            <dd className="text-right">−{formatMoney(totals.discount, locale)}</dd>
          </>
        )}
        {totals.shipping && (
          <>
            <dt>
              {totals.promotion?.freeShipping
                ? tCart('freeShipping', { code: totals.promotion.code })
                : t('shipping')}
            </dt>
            <dd className="text-right">{formatMoney(totals.shipping, locale)}</dd>
          </>
        )}
        {/* Sales tax comes on top, so it sits above the total it is part of. */}
        {totals.tax && !totals.tax.included && taxLines(totals.tax.lines)}
        {totals.total && (
          <>
            <dt className="text-base font-semibold">{t('total')}</dt>
            <dd className="text-right text-base font-semibold">
              {formatMoney(totals.total, locale)}
            </dd>
          </>
        )}
        {/* VAT is inside the prices: said below the total, with what is left without it. */}
        {totals.tax?.included && taxLines(totals.tax.lines)}
        {totals.tax && (
          <>
            <dt className="text-ink-muted">{t('net')}</dt>
            <dd className="text-right text-ink-muted">{formatMoney(totals.tax.net, locale)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
