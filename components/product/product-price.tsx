import { getTranslations } from 'next-intl/server';
import { formatMoney } from '@/lib/i18n/money';
import type { Locale } from '@/lib/i18n/markets';
import type { Money } from '@/lib/services/catalog/types';

/** A product card's price, with its struck-through "was" price when on sale. */
export async function ProductPrice({
  locale,
  price,
  compareAtPrice,
}: {
  locale: Locale;
  price: Money;
  compareAtPrice?: Money | null;
}) {
  const t = await getTranslations('Product');
  const formatted = formatMoney(price, locale);
  const onSale = compareAtPrice && compareAtPrice.amount > price.amount;
  return (
    <p className="text-sm font-medium">
      <span className={onSale ? 'text-sale' : undefined}>{formatted}</span>
      {onSale && (
        <>
          {' '}
          <s className="font-normal text-ink-subtle">
            <span className="sr-only">
              {t('wasPrice', { price: formatMoney(compareAtPrice, locale) })}
            </span>
            <span aria-hidden="true">{formatMoney(compareAtPrice, locale)}</span>
          </s>
        </>
      )}
    </p>
  );
}
