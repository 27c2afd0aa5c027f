import type { IncomingMessage, ServerResponse } from 'node:http';
import deDE from '@/messages/de-DE.json';
import enUS from '@/messages/en-US.json';
import frFR from '@/messages/fr-FR.json';
import jaJP from '@/messages/ja-JP.json';
import { defaultLocale, localeOfPath, type Locale } from '@/lib/i18n/markets';

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

/**
 * A page that fails to render while a backend service is failing (its last call failed or its
 * breaker is open, `serviceFailing`) is an outage, not a bug: it is answered 503 with
 * Retry-After and a short page in the shopper's language instead of Next's 500, whose error page
 * is drawn by JavaScript and says nothing to a crawler, a monitor or a shopper without it. Next's
 * own body for it (compressed or not) is dropped; any other 500 is left as Next sent it.
 */
export function answerOutagesPlainly(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  serviceFailing: () => boolean,
): void {
  if (!isPageRequest(incoming)) return;
  const writeHead = outgoing.writeHead.bind(outgoing) as (...args: unknown[]) => ServerResponse;
  const write = outgoing.write.bind(outgoing) as (...args: unknown[]) => boolean;
  const end = outgoing.end.bind(outgoing) as (...args: unknown[]) => ServerResponse;
  let replaced = false;
  outgoing.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status !== 500 || !serviceFailing()) return writeHead(status, ...rest);
    replaced = true;
    const body = Buffer.from(incoming.method === 'HEAD' ? '' : outagePageHtml(incoming.url ?? '/'));
    outgoing.removeHeader('content-encoding');
    outgoing.setHeader('content-type', 'text/html; charset=utf-8');
    outgoing.setHeader('content-length', body.length);
    outgoing.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    outgoing.setHeader('cache-control', 'no-store');
    writeHead(503);
    end(body);
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
