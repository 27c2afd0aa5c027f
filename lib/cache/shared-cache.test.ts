import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedis } from '@/lib/redis/test-server';
import { testSharedCacheOptions } from './shared-cache-test-options';
import { createSharedCache, type SharedCacheOptions } from './shared-cache';

const redis = testRedis();
beforeAll(() => redis.start());
afterAll(() => redis.stop());

let namespaceCount = 0;
/** Two instances of one build: two connections, one namespace. */
async function cluster(overrides: Partial<SharedCacheOptions> = {}) {
  const namespace = `test:${++namespaceCount}`;
  const logs: string[] = [];
  const instance = async () => {
    const connection = await redis.connect(200, (line) => logs.push(line));
    const cache = createSharedCache({
      connection,
      namespace,
      ...testSharedCacheOptions,
      log: (line) => logs.push(line),
      ...overrides,
    });
    // The subscriber connects in the background; give it a moment to be listening.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { cache, connection };
  };
  return { a: await instance(), b: await instance(), logs, namespace };
}

const PAGE = { kind: 'APP_PAGE' } as const;
const pageValue = (price: string, tags = 'product:1') => ({
  kind: 'APP_PAGE',
  html: `<p>${price}</p>`,
  rscData: Buffer.from(price),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
});
const lifetime = { cacheControl: { revalidate: 300, expire: 86_400 } };

describe.skipIf(!redis.available)('shared cache (two instances, one real Redis)', () => {
  it('serves what one instance rendered to the other, Buffers and Maps intact', async () => {
    const { a, b } = await cluster();
    await a.cache.set('/route-cache/APP_PAGE/h/$/en-US/p/tee', pageValue('€10'), lifetime);
    const entry = await b.cache.get('/route-cache/APP_PAGE/h/$/en-US/p/tee', PAGE);
    const value = entry?.value as ReturnType<typeof pageValue>;
    expect(value.html).toBe('<p>€10</p>');
    expect(value.segmentData.get('/_tree')?.toString()).toBe('tree');
    expect(Buffer.isBuffer(value.rscData)).toBe(true);
    expect(entry?.cacheControl).toEqual(lifetime.cacheControl);
    expect(entry?.tags).toEqual(['product:1']);
  });

  it('expires a tag on every instance when one of them is told, and only that tag', async () => {
    const { a, b } = await cluster();
    await a.cache.set('p1', pageValue('€10', 'product:1'), lifetime);
    await a.cache.set('p2', pageValue('€20', 'product:2'), lifetime);
    await b.cache.get('p1', PAGE); // b now holds a local copy
    await a.cache.revalidateTag(['product:1'], { expire: 0 });
    // b was not called: the mark reached it through Redis, before b's very next lookup (no
    // waiting for the pub/sub message: each lookup checks the marks' version first).
    const [p1, p2] = await Promise.all([
      // Expired, it takes the lease: b is the one to render it, handed the old copy past its
      // expiry (Next renders before answering, and falls back on the copy if that fails).
      b.cache.get('p1', PAGE),
      b.cache.get('p2', PAGE),
    ]);
    expect((p1?.value as { html: string }).html).toBe('<p>€10</p>');
    expect(p1!.lastModified + 86_400_000).toBeLessThan(Date.now());
    expect((p2?.value as { html: string }).html).toBe('<p>€20</p>');
  });

  it('lets one instance regenerate a stale page while the other serves its copy', async () => {
    let clock = 1_000_000;
    const { a, b } = await cluster({ now: () => clock });
    await a.cache.set('p', pageValue('€10'), lifetime);
    clock += 301_000; // past revalidate
    const first = await a.cache.get('p', PAGE);
    const second = await b.cache.get('p', PAGE);
    // a holds the lease: Next sees the entry as stale there and regenerates it.
    expect(first?.lastModified).toBe(1_000_000);
    // b does not regenerate: it gets the same copy, dated now so Next serves it as it is.
    expect(second?.lastModified).toBe(clock);
    await a.cache.set('p', pageValue('€12'), lifetime); // releases the lease
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(((await b.cache.get('p', PAGE))?.value as { html: string }).html).toBe('<p>€12</p>');
  });

  it('makes the second instance wait for the first render of a page nobody has', async () => {
    const { a, b } = await cluster();
    expect(await a.cache.get('new', PAGE)).toBeNull(); // a renders
    const waiting = b.cache.get('new', PAGE);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await a.cache.set('new', pageValue('€5'), lifetime);
    expect(((await waiting)?.value as { html: string }).html).toBe('<p>€5</p>');
  });

  it('stops waiting once the holder’s lease lapses (the holder crashed)', async () => {
    // b would wait a minute for a's copy: only the lapsed lease lets it finish in the test's time.
    const { a, b } = await cluster({ leaseMs: 300, missWaitMs: 60_000 });
    expect(await a.cache.get('crash', PAGE)).toBeNull(); // a "crashes" and never sets it
    expect(await b.cache.get('crash', PAGE)).toBeNull(); // b renders it itself
  });

  it('treats a corrupt entry as a miss and says so', async () => {
    const { a, logs, namespace } = await cluster();
    await a.cache.set('fetch', { kind: 'FETCH' }, {});
    const key = `${namespace}:entry:${createHash('sha256').update('garbled').digest('base64url')}`;
    await a.connection.client.set(key, '{"format":1,"entry":{"broken"');
    expect(await a.cache.get('garbled', { kind: 'FETCH' })).toBeNull();
    expect(logs.some((line) => line.includes('garbled') && line.includes('not JSON'))).toBe(true);
  });

  it('goes on from local copies and local renders while Redis is down, and shares again after', async () => {
    const { a, b, logs } = await cluster();
    await a.cache.set('kept', pageValue('€10'), lifetime);
    redis.kill();
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(((await a.cache.get('kept', PAGE))?.value as { html: string }).html).toBe('<p>€10</p>');
    expect(await b.cache.get('never-rendered', PAGE)).toBeNull(); // render locally
    await a.cache.set('written-while-down', pageValue('€11'), lifetime); // no throw
    // The webhook's tag expiry cannot reach the others: it says so, so the sender retries.
    await expect(a.cache.revalidateTag(['product:1'], { expire: 0 })).rejects.toThrow(
      /expired on this instance only/,
    );
    expect(logs.filter((line) => line.includes('unreachable')).length).toBeLessThanOrEqual(2);

    await redis.start();
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // reconnect backoff is at most 2 s
    await a.cache.set('after', pageValue('€12'), lifetime);
    expect(((await b.cache.get('after', PAGE))?.value as { html: string }).html).toBe('<p>€12</p>');
    expect(logs.some((line) => line.includes('reachable again'))).toBe(true);
  });

  it('bounds every read by the command timeout while Redis hangs (SIGSTOP)', async () => {
    const { a, b } = await cluster();
    await a.cache.set('hung', pageValue('€10'), lifetime);
    redis.pause();
    try {
      // b has no local copy: the read times out (without the timeout it would never answer,
      // and the test would time out), then b renders on its own.
      expect(await b.cache.get('hung', PAGE)).toBeNull();
      expect(await b.cache.get('hung', PAGE)).toBeNull();
      // a keeps serving its local copy.
      expect(await a.cache.get('hung', PAGE)).not.toBeNull();
    } finally {
      redis.resume();
    }
  });
});
