import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import { formatMoney, type Money } from '@/lib/i18n/money';
import type { CartLine } from '@/lib/services/cart/client';

interface Totals {
  subtotal: Money;
  shipping?: Money;
  total?: Money;
}

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
  const t = await getTranslations('Checkout');
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
        {totals.shipping && (
          <>
            <dt>{t('shipping')}</dt>
            <dd className="text-right">{formatMoney(totals.shipping, locale)}</dd>
          </>
        )}
        {totals.total && (
          <>
            <dt className="text-base font-semibold">{t('total')}</dt>
            <dd className="text-right text-base font-semibold">
              {formatMoney(totals.total, locale)}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
