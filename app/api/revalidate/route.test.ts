import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepProcessSharedCache } from '@/lib/cache/process-shared-cache';
import { processLocalResults } from '@/lib/cache/result-stores';
import type { SharedCache } from '@/lib/cache/shared-cache';
import { signedProductEvent } from '@/lib/webhooks/event-fixture';
import { POST } from './route';

// Next's revalidateTag needs a request's store, which a unit test has not: counted here instead.
const nextExpired = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ revalidateTag: (tag: string) => void nextExpired.push(tag) }));

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

describe('POST /api/revalidate with the shared cache of a cluster', () => {
  const secret = 'unit-webhook-secret-0123456789';
  vi.stubEnv('WEBHOOK_SECRET', secret);
  const slot = Symbol.for('storefront.cache.shared');
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[slot];
  });

  function sharedCacheWhose(revalidateTag: SharedCache['revalidateTag']) {
    const keysTagged = async () => [];
    keepProcessSharedCache(() => ({ revalidateTag, keysTagged }) as unknown as SharedCache);
  }

  it('answers once every instance was told, with what it expired', async () => {
    const told: string[][] = [];
    sharedCacheWhose(async (tags) => void told.push([tags].flat()));
    const response = await POST(signedProductEvent(secret, 'p000070'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ eventId: 'evt_unit_1', expired: ['product:p000070'] });
    expect(told).toEqual([['product:p000070']]);
  });

  it('answers 503 with Retry-After when Redis could not take the expiry, so the backend retries', async () => {
    sharedCacheWhose(async () => {
      throw new Error('shared cache unavailable');
    });
    const response = await POST(signedProductEvent(secret, 'p000070'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toMatchObject({ error: { code: 'shared_cache_unavailable' } });
  });
});

describe('POST /api/revalidate on a single instance (no shared cache)', () => {
  const secret = 'unit-webhook-secret-0123456789';
  vi.stubEnv('WEBHOOK_SECRET', secret);

  it('expires the search results this process keeps that show the product', async () => {
    const results = processLocalResults();
    await results.set('search:linen', { items: ['p000070'] }, ['product:p000070'], 60);
    await results.set('search:wool', { items: ['p000071'] }, ['product:p000071'], 60);
    await new Promise((resolve) => setTimeout(resolve, 5)); // the change comes after the answer
    const response = await POST(signedProductEvent(secret, 'p000070'));
    expect(response.status).toBe(200);
    expect(nextExpired).toEqual(['product:p000070']);
    expect(await results.get('search:linen', 60)).toBeUndefined();
    expect(await results.get('search:wool', 60)).toBeDefined();
  });
});
