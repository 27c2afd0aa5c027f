import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { keepProcessSharedCache } from '@/lib/cache/process-shared-cache';
import type { SharedCache } from '@/lib/cache/shared-cache';
import { signedProductEvent } from '@/lib/webhooks/event-fixture';

/**
 * The webhook with a cache tier in front (EDGE_PURGE_URLS): after the shared expiry, every page
 * that carried an expired tag is purged from the tier, and a failed purge makes the backend
 * retry. The tier is a loopback stand-in that records what it was asked.
 */
const secret = 'unit-webhook-secret-0123456789';
const token = 'unit-purge-token-0123456789';
const purged: string[] = [];
let refuse = false;
let tier: Server;

beforeAll(async () => {
  tier = createServer((incoming, outgoing) => {
    if (incoming.method === 'PURGE' && incoming.headers['x-purge-token'] === token)
      purged.push(incoming.url!);
    outgoing.writeHead(refuse ? 503 : 200).end();
  });
  await new Promise<void>((resolve) => tier.listen(0, '127.0.0.1', resolve));
  vi.stubEnv('WEBHOOK_SECRET', secret);
  vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:6399');
  vi.stubEnv('EDGE_PURGE_URLS', `http://127.0.0.1:${(tier.address() as AddressInfo).port}`);
  vi.stubEnv('EDGE_PURGE_TOKEN', token);
});
afterAll(() => tier.close());
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('storefront.cache.shared')];
  purged.length = 0;
  refuse = false;
});

/** A shared cache that knows which of Next's keys carry the product's tag. */
function sharedCacheKeeping(keys: string[]): string[][] {
  const expired: string[][] = [];
  keepProcessSharedCache(
    () =>
      ({
        keysTagged: async () => keys,
        revalidateTag: async (tags: string | string[]) => void expired.push([tags].flat()),
      }) as unknown as SharedCache,
  );
  return expired;
}

describe('POST /api/revalidate with a cache tier in front', () => {
  it('purges every page that carried the tag, the plain one and each variant, after expiring it', async () => {
    const { POST } = await import('./route');
    const expired = sharedCacheKeeping([
      '/route-cache/APP_PAGE/ab12/$/en-US/p/shirt-p000070',
      '/route-cache/APP_PAGE/ab12/$/en-US/p/shirt-p000070/variants/eyJh.AQ.sig',
      'a0f3c2e1d4b5a6978877665544332211a0f3c2e1d4b5a6978877665544332211',
    ]);
    const response = await POST(signedProductEvent(secret, 'p000070', 'evt_unit_tier'));
    expect(response.status).toBe(200);
    expect(expired).toEqual([['product:p000070']]);
    expect(purged.sort()).toEqual([
      '/en-US/p/shirt-p000070',
      '/en-US/p/shirt-p000070/variants/eyJh.AQ.sig',
    ]);
  });

  it('answers 503 with Retry-After when the tier could not be purged, so the backend retries', async () => {
    const { POST } = await import('./route');
    sharedCacheKeeping(['/route-cache/APP_PAGE/ab12/$/en-US/p/shirt-p000070']);
    refuse = true;
    const response = await POST(signedProductEvent(secret, 'p000070', 'evt_unit_tier'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toMatchObject({ error: { code: 'cache_tier_unavailable' } });
  });
});
