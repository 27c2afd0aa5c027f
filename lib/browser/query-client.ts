import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';

const browserClients = new Map<string, QueryClient>();

/**
 * A query cache per purpose: one per browser tab, so components share it, and on the server a
 * throwaway one per call. A module-wide cache on the server would hand one request's data (a
 * shopper's cart) to the next request's render. In the browser the cache is mounted (what a
 * QueryClientProvider would do), so that it follows the connection: offline, its fetches wait
 * instead of failing, and they run again when the tab is back online or in front.
 */
export function queryClientFor(purpose: string, config: QueryClientConfig): QueryClient {
  if (typeof window === 'undefined') return new QueryClient(config);
  let client = browserClients.get(purpose);
  if (!client) {
    client = new QueryClient(config);
    client.mount();
    browserClients.set(purpose, client);
  }
  return client;
}
