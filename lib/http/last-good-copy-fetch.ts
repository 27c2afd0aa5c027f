import type { IncomingMessage } from 'node:http';
import { FALLBACK_HEADER, type RefetchLastGood } from './outage-page';

/** Request headers that belong to the shopper's connection, not to the page asked for. */
const CONNECTION_HEADERS = new Set(['connection', 'host', 'keep-alive', 'accept-encoding']);

/**
 * The internal retry behind stale-if-error (lib/http/outage-page.ts): the same request, to this
 * server on loopback, uncompressed, bounded in time. Marked with FALLBACK_HEADER so it is never
 * retried again.
 */
export function refetchFromSelf(port: number, timeoutMs = 2_000): RefetchLastGood {
  return async (incoming: IncomingMessage, url: string) => {
    const headers = new Headers({ [FALLBACK_HEADER]: '1', 'accept-encoding': 'identity' });
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (CONNECTION_HEADERS.has(name) || value === undefined) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    try {
      return await fetch(`http://127.0.0.1:${port}${url}`, {
        method: incoming.method,
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      return undefined;
    }
  };
}
