import { inlineScriptHashes, SCRIPT_HASHES_HEADER } from '@/lib/security/script-hashes';

/**
 * Adds to a cached page entry the hashes of its inline scripts, once: on the way into the cache,
 * or, for an entry stored before (a build's prerendered page), the first time it is read; the
 * entry object is changed in place so the copy kept in memory carries them from then on. Next
 * sends an entry's headers with the page, so the server finds them there (lib/http/page-csp.ts).
 */
export function withScriptHashes<Value>(value: Value): Value {
  const page = value as { kind?: unknown; html?: unknown; headers?: Record<string, unknown> };
  if (page?.kind !== 'APP_PAGE' || typeof page.html !== 'string') return value;
  if (page.headers?.[SCRIPT_HASHES_HEADER] !== undefined) return value;
  page.headers = {
    ...page.headers,
    [SCRIPT_HASHES_HEADER]: inlineScriptHashes(page.html).join(' '),
  };
  return value;
}
