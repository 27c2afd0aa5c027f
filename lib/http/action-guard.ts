import type { IncomingMessage, ServerResponse } from 'node:http';

/** Deeper than React's encoding of any form of this storefront nests its arguments. */
const MAX_NESTING = 256;
const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }
const JSON_START = new Set([0x5b, 0x7b, 0x22]); // [ { "
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** What a browser posts to a server action: with JavaScript (Next-Action header) or without. */
function isFormPost(incoming: IncomingMessage): boolean {
  if (incoming.method !== 'POST' || incoming.url?.startsWith('/api/')) return false;
  const type = incoming.headers['content-type'] ?? '';
  return (
    incoming.headers['next-action'] !== undefined ||
    type.startsWith('multipart/form-data') ||
    type.startsWith('application/x-www-form-urlencoded')
  );
}

function refuse(outgoing: ServerResponse, status: 400 | 403, reason: string): void {
  if (outgoing.headersSent) return;
  outgoing.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  outgoing.end(reason);
}

function crossOrigin(incoming: IncomingMessage): boolean {
  const origin = incoming.headers.origin;
  if (origin === undefined) return false;
  const forwarded = incoming.headers['x-forwarded-host'];
  const host = (Array.isArray(forwarded) ? forwarded[0] : forwarded) ?? incoming.headers.host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or garbage: no origin of ours
  }
}

/**
 * Answers, ahead of Next, the form posts Next would answer with a 500: one from another origin
 * (403; Next refuses it too, but as a server error) and arguments nested deeper than any form
 * sends (400; React's decoder recurses into them until the stack runs out). The nesting is
 * watched as the body arrives, without reading it for Next: the bytes Node's parser pushes into
 * the request pass through a counter of open brackets. Returns whether it answered.
 */
export function guardFormPosts(incoming: IncomingMessage, outgoing: ServerResponse): boolean {
  if (!isFormPost(incoming)) return false;
  if (crossOrigin(incoming)) {
    refuse(outgoing, 403, 'Forms of this shop are accepted from this shop only.');
    incoming.resume();
    return true;
  }
  let depth = 0;
  let ended = false;
  // React sends a script-driven action's arguments as JSON (an array); a plain-text body that
  // is no JSON value Next can decode would reach JSON.parse inside Next and come back as a 500.
  let awaitingJson =
    incoming.headers['next-action'] !== undefined &&
    (incoming.headers['content-type'] ?? '').startsWith('text/plain');
  const push = incoming.push.bind(incoming);
  incoming.push = (chunk: Buffer | null, encoding?: BufferEncoding) => {
    if (ended) return false;
    if (chunk === null) {
      ended = true;
      return push(null);
    }
    const cut = (reason: string) => {
      refuse(outgoing, 400, reason);
      // Next, reading the cut body, may still try to answer; there is no one left to tell.
      outgoing.on('error', () => {});
      // Next sees the body end here and gives up on it; the rest is dropped unread.
      ended = true;
      return push(null);
    };
    for (const byte of chunk) {
      if (awaitingJson && !WHITESPACE.has(byte)) {
        awaitingJson = false;
        if (!JSON_START.has(byte)) return cut('The form could not be read.');
      }
      if (OPEN.has(byte)) depth++;
      else if (CLOSE.has(byte) && depth > 0) depth--;
      if (depth > MAX_NESTING)
        return cut('The form could not be read: its fields nest too deeply.');
    }
    return push(chunk, encoding);
  };
  return false;
}
