import type { IncomingMessage, ServerResponse } from 'node:http';
import deDE from '@/messages/de-DE.json';
import enUS from '@/messages/en-US.json';
import frFR from '@/messages/fr-FR.json';
import jaJP from '@/messages/ja-JP.json';
import { defaultLocale, localeOfPath, type Locale } from '@/lib/i18n/markets';
import type { RequestScope } from '@/lib/services/transport/request-scope';

const WORDS: Record<Locale, (typeof enUS)['Error']> = {
  'en-US': enUS.Error,
  'de-DE': deDE.Error,
  'fr-FR': frFR.Error,
  'ja-JP': jaJP.Error,
};

/** Seconds a shopper, a CDN or a monitor should wait before asking again. */
const RETRY_AFTER_SECONDS = 10;

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A whole page, no script, no stylesheet: readable by anyone, whatever else is down. */
export function outagePageHtml(path: string): string {
  const locale = localeOfPath(path) ?? defaultLocale;
  const words = WORDS[locale];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(words.title)}</title></head><body><main role="alert"><h1>${escape(words.title)}</h1><p>${escape(words.body)}</p><p><a href="${escape(path)}">${escape(words.retry)}</a></p></main></body></html>`;
}

function isPageRequest(incoming: IncomingMessage): boolean {
  const { method, url = '/' } = incoming;
  if (method !== 'GET' && method !== 'HEAD') return false;
  return !url.startsWith('/api/') && !url.startsWith('/_next/');
}

/** Marks the one internal retry for a last good copy, so it never retries itself. */
export const FALLBACK_HEADER = 'x-storefront-fallback';

/**
 * Asks this server for the page again (lib/http/last-good-copy-fetch.ts): by then Next has put
 * the page's last good copy back (lib/cache/last-good-copy.ts), and the second ask is a cache
 * hit. Undefined when there is none.
 */
export type RefetchLastGood = (
  incoming: IncomingMessage,
  url: string,
) => Promise<Response | undefined>;

/** Where the outage page's "try again" link goes: the page itself, never its RSC payload. */
function retryPath(url: string): string {
  const parsed = new URL(url, 'http://localhost');
  parsed.searchParams.delete('_rsc');
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * A page that rendered an outage notice (the cart page with the cart service down: `scope`) is
 * answered 503 with Retry-After, as it is. A page that fails to render while a backend service
 * is failing (`serviceFailing`) is an outage, not a bug. The shopper gets the page's last
 * good copy when there is one (`refetch`: a page a webhook expired during the outage), marked
 * `x-storefront-stale: if-error`; else a 503 with Retry-After and a short page in the shopper's
 * language instead of Next's 500, whose error page is drawn by JavaScript and says nothing to a
 * crawler, a monitor or a shopper without it. Next's own body for it (compressed or not) is
 * dropped; any other 500 is left as Next sent it.
 */
export interface OutageAnswers {
  /** Whether a backend service is failing now (its last call failed or its breaker is open). */
  serviceFailing: () => boolean;
  refetch?: RefetchLastGood;
  /** The request's scope, where a page says it rendered an outage notice (a 503 then). */
  scope?: RequestScope;
}

export function answerOutagesPlainly(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  { serviceFailing, refetch, scope }: OutageAnswers,
): void {
  if (!isPageRequest(incoming)) return;
  // As the shopper asked for it: routing may rewrite incoming.url later (experiment variants).
  const requested = incoming.url ?? '/';
  const writeHead = outgoing.writeHead.bind(outgoing) as (...args: unknown[]) => ServerResponse;
  const write = outgoing.write.bind(outgoing) as (...args: unknown[]) => boolean;
  const end = outgoing.end.bind(outgoing) as (...args: unknown[]) => ServerResponse;
  let replaced = false;
  // The outage page keeps the headers set so far (the security headers); a copy brings its own.
  const endWith = (status: number, body: Buffer, headers: Record<string, string>, own = false) => {
    outgoing.removeHeader('content-encoding');
    if (own) for (const name of outgoing.getHeaderNames()) outgoing.removeHeader(name);
    for (const [name, value] of Object.entries(headers)) outgoing.setHeader(name, value);
    outgoing.setHeader('content-length', body.length);
    writeHead(status);
    end(incoming.method === 'HEAD' ? undefined : body);
  };
  const outagePage = () =>
    endWith(503, Buffer.from(outagePageHtml(retryPath(requested))), {
      'content-type': 'text/html; charset=utf-8',
      'retry-after': String(RETRY_AFTER_SECONDS),
      'cache-control': 'no-store',
    });
  const lastGoodOrOutagePage = async () => {
    const copy = incoming.headers[FALLBACK_HEADER]
      ? undefined
      : await refetch?.(incoming, requested);
    if (copy?.status !== 200) return outagePage();
    const headers = Object.fromEntries(
      [...copy.headers].filter(([name]) => !HOP_HEADERS.has(name)),
    );
    const body = Buffer.from(await copy.arrayBuffer());
    endWith(200, body, { ...headers, 'x-storefront-stale': 'if-error' }, true);
  };
  outgoing.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 200 && scope?.outage) {
      outgoing.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      outgoing.setHeader('cache-control', 'no-store');
      return writeHead(503, ...rest);
    }
    if (status !== 500 || !serviceFailing()) return writeHead(status, ...rest);
    replaced = true;
    lastGoodOrOutagePage().catch(outagePage);
    return outgoing;
  }) as ServerResponse['writeHead'];
  outgoing.write = ((...args: unknown[]) =>
    replaced ? true : write(...args)) as ServerResponse['write'];
  outgoing.end = ((...args: unknown[]) => {
    if (!replaced) return end(...args);
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return outgoing;
  }) as ServerResponse['end'];
}

/** Headers of the copy that describe its transfer, not the page: Node sets its own. */
const HOP_HEADERS = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'keep-alive',
  'transfer-encoding',
]);
