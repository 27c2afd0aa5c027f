'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { LiveProduct } from '@/lib/product/live-product';
import { queryClientFor } from '@/lib/browser/query-client';

// Only product pages read live data, so the query cache lives with them rather than in the
// layout: other pages ship no TanStack Query at all.
const OPTIONS = { defaultOptions: { queries: { staleTime: 10_000, retry: 1 } } };

// Same-origin route that validated the services' answers already; no schema library shipped here.
async function fetchLive(url: string, signal: AbortSignal): Promise<LiveProduct> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`live data answered ${response.status}`);
  return (await response.json()) as LiveProduct;
}

export function useLiveProduct(url: string) {
  const [client] = useState(() => queryClientFor('live', OPTIONS));
  return useQuery(
    { queryKey: ['live', url], queryFn: ({ signal }) => fetchLive(url, signal) },
    client,
  );
}
