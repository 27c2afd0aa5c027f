import type { ServerResponse } from 'node:http';

/** Below this, the copy costs less than a Buffer's allocation. */
const MIN_LENGTH = 16_384;

/**
 * Makes `outgoing.end(text)` send the text as bytes encoded once. Given a string body, Node writes
 * head and body together by concatenating them, and the socket write flattens that pair into a new
 * string: a copy of the whole page on every request. A page with one character beyond Latin-1 (the
 * locale menu's 日本, an ellipsis) is a two-byte string, so past 64 K characters that copy is over
 * V8's 128 KB limit for ordinary objects: every request mapped a large-object page and every
 * collection unmapped it, and the cached category page (83 K characters) served half the product
 * page's requests per second (BENCHMARKS.md). Next ends every cached page with its string.
 */
export function endWithBytes(outgoing: ServerResponse): void {
  const end = outgoing.end.bind(outgoing) as (...args: unknown[]) => ServerResponse;
  outgoing.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'string' || chunk.length < MIN_LENGTH) return end(chunk, ...rest);
    const [encoding, ...callback] = rest;
    return typeof encoding === 'string'
      ? end(Buffer.from(chunk, encoding as BufferEncoding), ...callback)
      : end(Buffer.from(chunk), ...rest);
  }) as ServerResponse['end'];
}
