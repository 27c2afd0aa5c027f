import { describe, expect, it } from 'vitest';
import { POST } from './route';

const LIMIT = 64 * 1024;

/** A body sent in chunks with no Content-Length, as a chunked upload arrives. */
function chunked(chunks: string[], onPull: () => void): Request {
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull();
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Request('http://shop.test/api/revalidate', {
    method: 'POST',
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('POST /api/revalidate body limit', () => {
  it('refuses a declared length over 64 KB before reading the body', async () => {
    const response = await POST(
      new Request('http://shop.test/api/revalidate', {
        method: 'POST',
        headers: { 'content-length': String(LIMIT + 1) },
        body: '{}',
      }),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    let pulls = 0;
    const chunks = Array.from({ length: 100 }, () => 'x'.repeat(16 * 1024));
    const response = await POST(chunked(chunks, () => pulls++));
    expect(response.status).toBe(413);
    // 64 KB is passed by the fifth 16 KB chunk; the other 95 are never pulled.
    expect(pulls).toBeLessThan(10);
  });

  it('counts bytes, not characters', async () => {
    // 30,000 three-byte characters: 90,000 bytes in fewer than 65,536 characters.
    const response = await POST(chunked(['€'.repeat(30_000)], () => undefined));
    expect(response.status).toBe(413);
  });
});
