'use client';

import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { fillTemplate } from '@/lib/i18n/fill-template';
import { formatMoney } from '@/lib/i18n/money';
import type { Locale } from '@/lib/i18n/markets';
import { summarizeStock, type LiveProduct } from '@/lib/live/live-product';

/** Strings picked by the server for the page's locale; `{count}` and `{sizes}` are filled here. */
export interface AvailabilityMessages {
  heading: string;
  checking: string;
  inStock: string;
  lowStock: string;
  outOfStock: string;
  unavailable: string;
  sizesInStock: string;
  currentPrice: string;
}

interface Props {
  url: string;
  locale: Locale;
  listedPrice: number;
  messages: AvailabilityMessages;
}

// Only product pages read live data, so the query cache lives here rather than in the layout:
// other pages ship no TanStack Query at all.
const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1 } } });

// Same-origin route that validated the services' answers already; no schema library shipped here.
async function fetchLive(url: string, signal: AbortSignal): Promise<LiveProduct> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`live data answered ${response.status}`);
  return (await response.json()) as LiveProduct;
}

const TONE = { in_stock: 'text-ok', low_stock: 'text-warn', out_of_stock: 'text-sale' } as const;

function LiveStatus({ url, locale, listedPrice, messages: m }: Props) {
  const live = useQuery({ queryKey: ['live', url], queryFn: ({ signal }) => fetchLive(url, signal) });
  if (live.isPending) return <p className="text-ink-muted">{m.checking}</p>;
  if (live.isError) return <p className="text-ink-muted">{m.unavailable}</p>;
  const stock = summarizeStock(live.data.variants);
  const headline = { in_stock: m.inStock, low_stock: fillTemplate(m.lowStock, { count: stock.available }), out_of_stock: m.outOfStock }[stock.status];
  return (
    <>
      <p className={`font-medium ${TONE[stock.status]}`}>{headline}</p>
      {stock.inStockSizes.length > 0 && <p className="text-ink-muted">{fillTemplate(m.sizesInStock, { sizes: stock.inStockSizes.join(', ') })}</p>}
      {stock.lowestPrice && stock.lowestPrice.amount !== listedPrice && (
        <p>
          {m.currentPrice}: <strong>{formatMoney(stock.lowestPrice, locale)}</strong>
        </p>
      )}
    </>
  );
}

/**
 * Stock and price fresher than the cached page around it. The box keeps its height in every
 * state so nothing below it moves when the answer arrives.
 */
export function LiveAvailability(props: Props) {
  return (
    <section aria-labelledby="availability-heading" className="min-h-24 rounded-lg border border-paper-line p-4 text-sm">
      <h2 id="availability-heading" className="sr-only">
        {props.messages.heading}
      </h2>
      <div aria-live="polite" className="flex flex-col gap-1">
        <QueryClientProvider client={queryClient}>
          <LiveStatus {...props} />
        </QueryClientProvider>
      </div>
    </section>
  );
}
