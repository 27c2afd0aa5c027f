import { fillTemplate } from '@/lib/i18n/fill-template';
import type { Locale } from '@/lib/i18n/markets';
import { formatMoney, type Money } from '@/lib/i18n/money';

/**
 * The price of the chosen variant, struck through beside the price it was when it is on sale;
 * "from" the lowest price while no variant is chosen.
 */
export function VariantPrice({
  price,
  compareAt,
  chosen,
  locale,
  messages: m,
}: {
  price: Money;
  compareAt: Money | null;
  chosen: boolean;
  locale: Locale;
  messages: { from: string; wasPrice: string };
}) {
  const onSale = compareAt !== null && compareAt.amount > price.amount;
  return (
    <p className="text-2xl font-semibold">
      <span className={onSale ? 'text-sale' : undefined}>
        {chosen
          ? formatMoney(price, locale)
          : fillTemplate(m.from, { price: formatMoney(price, locale) })}
      </span>
      {onSale && (
        <s className="ml-2 text-base font-normal text-ink-subtle">
          <span className="sr-only">
            {fillTemplate(m.wasPrice, { price: formatMoney(compareAt, locale) })}
          </span>
          <span aria-hidden="true">{formatMoney(compareAt, locale)}</span>
        </s>
      )}
    </p>
  );
}
