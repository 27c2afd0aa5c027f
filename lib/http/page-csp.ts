import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '@/lib/security/csp';
import { SCRIPT_HASHES_HEADER } from '@/lib/security/script-hashes';

/**
 * A page's Content-Security-Policy without 'unsafe-inline' for scripts:
 * - A cached page arrives with the hashes of its inline scripts (lib/cache/page-script-hashes.ts):
 *   its policy allows exactly those. One document for everybody stays one document.
 * - A page rendered for this request (cart, checkout, search) gets a fresh nonce: Next reads it
 *   from the request's own CSP header and puts it on every script it writes, streamed ones
 *   included; the response's policy names it. On a cached page the nonce is unused (a render
 *   that fills the cache writes it into the page, harmlessly: the hashes decide).
 * Anything else (JSON, images) keeps the general policy. The hashes' header is never sent on.
 * Done on writeHead, which Node also calls for a response that never called it itself.
 */
export function applyPageCsp(incoming: IncomingMessage, outgoing: ServerResponse): void {
  if (incoming.method !== 'GET' && incoming.method !== 'HEAD') return;
  const nonce = randomBytes(16).toString('base64');
  // Whatever the client sent is replaced: only this server chooses a page's nonce.
  incoming.headers['content-security-policy'] = `script-src 'nonce-${nonce}'`;
  delete incoming.headers['content-security-policy-report-only'];
  const writeHead = outgoing.writeHead.bind(outgoing) as (...args: unknown[]) => ServerResponse;
  outgoing.writeHead = ((...args: unknown[]) => {
    const hashes = outgoing.getHeader(SCRIPT_HASHES_HEADER);
    outgoing.removeHeader(SCRIPT_HASHES_HEADER);
    // A response that already carries a page's own policy (the last good copy the outage answer
    // forwards, lib/http/outage-page.ts) keeps it: it matches that body, a new nonce would not.
    const own = !/script-src[^;]*'unsafe-inline'/.test(
      String(outgoing.getHeader('content-security-policy') ?? "script-src 'unsafe-inline'"),
    );
    const html = !own && String(outgoing.getHeader('content-type') ?? '').startsWith('text/html');
    const scriptSources =
      hashes !== undefined
        ? String(hashes).split(' ').filter(Boolean)
        : html
          ? [`'nonce-${nonce}'`]
          : undefined;
    if (scriptSources)
      outgoing.setHeader(
        'content-security-policy',
        contentSecurityPolicy({ isDev: false, scriptSources }),
      );
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}
