'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import { fillTemplate } from '@/lib/i18n/fill-template';
import type { LiveProduct, LiveVariant } from '@/lib/product/live-product';

/** Strings picked by the server for the page's locale; `{count}` is filled here. */
export interface AvailabilityMessages {
  heading: string;
  checking: string;
  inStock: string;
  lowStock: string;
  outOfStock: string;
  unavailable: string;
  chooseOptions: string;
  soldOut: string;
}

const TONE = { in_stock: 'text-ok', low_stock: 'text-warn', out_of_stock: 'text-sale' } as const;

/** Stock of the chosen variant, announced politely; the box keeps its height in every state. */
export function VariantAvailability({
  live,
  variant,
  messages: m,
}: {
  live: UseQueryResult<LiveProduct>;
  variant: LiveVariant | undefined;
  messages: AvailabilityMessages;
}) {
  let line = <p className="text-ink-muted">{m.checking}</p>;
  // Offline the fetch waits for the connection: until then, stock cannot be told.
  if (live.isError || (live.isPending && live.fetchStatus === 'paused'))
    line = <p className="text-ink-muted">{m.unavailable}</p>;
  else if (live.isSuccess && !variant) line = <p className="text-ink-muted">{m.chooseOptions}</p>;
  else if (variant) {
    const text = {
      in_stock: m.inStock,
      low_stock: fillTemplate(m.lowStock, { count: variant.available }),
      out_of_stock: m.outOfStock,
    }[variant.status];
    line = <p className={`font-medium ${TONE[variant.status]}`}>{text}</p>;
  }
  return (
    <section
      aria-labelledby="availability-heading"
      className="flex min-h-14 items-center rounded-lg border border-paper-line px-4 py-3 text-sm"
    >
      <h2 id="availability-heading" className="sr-only">
        {m.heading}
      </h2>
      <div aria-live="polite">{line}</div>
    </section>
  );
}
