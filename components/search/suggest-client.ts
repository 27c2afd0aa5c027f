import { QueryClient } from '@tanstack/query-core';
import type { SuggestionResponse } from '@/lib/listing/suggestion';

/**
 * Loaded on the first keystroke in the search box, so pages carry no query library until a
 * shopper starts typing. A newer query cancels the older in-flight one (its fetch is aborted).
 */
const client = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, gcTime: 5 * 60_000, retry: 0 } },
});

export async function fetchSuggestions(locale: string, q: string): Promise<SuggestionResponse> {
  await client.cancelQueries({
    queryKey: ['suggest', locale],
    predicate: (query) => query.queryKey[2] !== q,
  });
  return client.fetchQuery({
    queryKey: ['suggest', locale, q],
    queryFn: async ({ signal }) => {
      const response = await fetch(
        `/api/suggest?locale=${encodeURIComponent(locale)}&q=${encodeURIComponent(q)}`,
        { signal },
      );
      if (!response.ok) throw new Error(`suggestions answered ${response.status}`);
      return (await response.json()) as SuggestionResponse;
    },
  });
}
