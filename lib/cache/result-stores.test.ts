import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedis } from '@/lib/redis/test-server';
import { createLocalResults, sharedResults } from './result-stores';
import { testSharedCacheOptions } from './shared-cache-test-options';
import { createSharedCache } from './shared-cache';

describe('createLocalResults', () => {
  it('stays within its byte budget, dropping the least recently used', async () => {
    const store = createLocalResults(1_000);
    const value = { text: 'x'.repeat(200) }; // 211 bytes as JSON: four fit, not five
    for (const key of ['a', 'b', 'c', 'd', 'e']) await store.set(key, value, []);
    expect(await store.get('a', 60)).toBeUndefined();
    expect(await store.get('b', 60)).toEqual({ value });
    expect(await store.get('e', 60)).toEqual({ value });
  });
});

const redis = testRedis();
beforeAll(() => redis.start());
afterAll(() => redis.stop());

let namespaceCount = 0;
/** Two instances of one build sharing one Redis, on a clock the test moves. */
async function cluster() {
  const namespace = `results:${++namespaceCount}`;
  let clock = 1_000_000;
  const now = () => clock;
  const instance = async () => {
    const shared = createSharedCache({
      connection: await redis.connect(),
      namespace,
      ...testSharedCacheOptions,
      now,
    });
    await new Promise((resolve) => setTimeout(resolve, 100)); // the subscriber connects
    return { shared, store: sharedResults(shared, now) };
  };
  return { a: await instance(), b: await instance(), advance: (s: number) => (clock += s * 1000) };
}

describe.skipIf(!redis.available)('sharedResults (two instances, one real Redis)', () => {
  it('serves what one instance stored to the other until a tag of it expires anywhere', async () => {
    const { a, b, advance } = await cluster();
    await a.store.set('search:linen', { items: ['p1'] }, ['product:p1'], 60);
    expect(await b.store.get('search:linen', 60)).toEqual({ value: { items: ['p1'] } });
    advance(1);
    await a.shared.revalidateTag(['product:p1'], { expire: 0 });
    expect(await b.store.get('search:linen', 60)).toBeUndefined();
  });

  it('past its lifetime, sends one instance to the service while the other serves it', async () => {
    const { a, b, advance } = await cluster();
    await a.store.set('search:linen', { items: ['p1'] }, [], 60);
    advance(61);
    expect(await a.store.get('search:linen', 60)).toBeUndefined(); // a holds the lease
    expect(await b.store.get('search:linen', 60)).toEqual({ value: { items: ['p1'] } });
    await a.store.set('search:linen', { items: ['p2'] }, [], 60); // releases the lease
    expect(await a.store.get('search:linen', 60)).toEqual({ value: { items: ['p2'] } });
  });

  it('keeps short-lived results off the tags’ key lists, which would grow with every query', async () => {
    const { a } = await cluster();
    await a.store.set('search:linen', { items: ['p1'] }, ['product:p1'], 60);
    await a.shared.set('/page', { kind: 'FETCH' }, { tags: ['product:p1'] });
    expect(await a.shared.keysTagged(['product:p1'])).toEqual(['/page']);
  });
});
