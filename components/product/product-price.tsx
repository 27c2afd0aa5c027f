import { formatMoney } from '@/lib/i18n/money';
import type { Locale } from '@/lib/i18n/markets';
import type { Money } from '@/lib/services/catalog/types';

/**
 * A product card's price, with its struck-through "was" price when on sale. Synchronous, with
 * the words handed down by the grid: one translation lookup per grid instead of one per card,
 * and each card's price renders inside the card's own part of the RSC payload.
 */
export function ProductPrice({
  locale,
  price,
  compareAtPrice,
  wasPrice,
}: {
  locale: Locale;
  price: Money;
  compareAtPrice?: Money | null;
  /** The screen reader's "was" sentence for a formatted price. */
  wasPrice: (price: string) => string;
}) {
  const formatted = formatMoney(price, locale);
  const onSale = compareAtPrice && compareAtPrice.amount > price.amount;
  return (
    <p className="text-sm font-medium">
      <span className={onSale ? 'text-sale' : undefined}>{formatted}</span>
      {onSale && (
        <>
          {' '}
          <s className="font-normal text-ink-subtle">
            <span className="sr-only">{wasPrice(formatMoney(compareAtPrice, locale))}</span>
            <span aria-hidden="true">{formatMoney(compareAtPrice, locale)}</span>
          </s>
        </>
      )}
    </p>
  );
}
