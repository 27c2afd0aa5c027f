'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { summarizeStock, type LiveProduct } from '@/lib/live/live-product';
import { formatMoney } from '@/lib/i18n/money';
import type { Locale } from '@/lib/i18n/markets';

// Same-origin route that validated the services' answers already; no schema library shipped here.
async function fetchLive(url: string, signal: AbortSignal): Promise<LiveProduct> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`live data answered ${response.status}`);
  return (await response.json()) as LiveProduct;
}

const TONE = { in_stock: 'text-ok', low_stock: 'text-warn', out_of_stock: 'text-sale' } as const;

/**
 * Stock and price fresher than the cached page around it. The box keeps its height in every
 * state so nothing below it moves when the answer arrives.
 */
export function LiveAvailability({ url, listedPrice }: { url: string; listedPrice: number }) {
  const t = useTranslations('Availability');
  const locale = useLocale() as Locale;
  const live = useQuery({ queryKey: ['live', url], queryFn: ({ signal }) => fetchLive(url, signal), staleTime: 10_000 });

  let body;
  if (live.isPending) body = <p className="text-ink-muted">{t('checking')}</p>;
  else if (live.isError) body = <p className="text-ink-muted">{t('unavailable')}</p>;
  else {
    const stock = summarizeStock(live.data.variants);
    body = (
      <>
        <p className={`font-medium ${TONE[stock.status]}`}>
          {stock.status === 'out_of_stock' ? t('outOfStock') : stock.status === 'low_stock' ? t('lowStock', { count: stock.available }) : t('inStock')}
        </p>
        {stock.inStockSizes.length > 0 && <p className="text-ink-muted">{t('sizesInStock', { sizes: stock.inStockSizes.join(', ') })}</p>}
        {stock.lowestPrice && stock.lowestPrice.amount !== listedPrice && (
          <p>
            {t('currentPrice')}: <strong>{formatMoney(stock.lowestPrice, locale)}</strong>
          </p>
        )}
      </>
    );
  }
  return (
    <section aria-labelledby="availability-heading" className="min-h-24 rounded-lg border border-paper-line p-4 text-sm">
      <h2 id="availability-heading" className="sr-only">
        {t('heading')}
      </h2>
      <div aria-live="polite" className="flex flex-col gap-1">
        {body}
      </div>
    </section>
  );
}
