import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy sources that allow exactly the inline scripts of one HTML
 * document: 'sha256-…' of each script's text, as the browser hashes it (the characters between
 * the tags, UTF-8). Data blocks (JSON-LD) are not run and need none; scripts with `src` are
 * covered by 'self'. For cached pages, where a nonce would make every response unique
 * (lib/http/page-csp.ts).
 */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const TYPE = /\btype\s*=\s*["']?([^"'\s>]+)/i;
const RUNNABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = (TYPE.exec(attributes)?.[1] ?? '').toLowerCase();
    if (!RUNNABLE_TYPES.has(type)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The header a cached page entry carries its hashes in (lib/cache/page-script-hashes.ts), from
 * the cache to the server, which turns it into the page's CSP and never sends it on.
 */
export const SCRIPT_HASHES_HEADER = 'x-storefront-script-hashes';
