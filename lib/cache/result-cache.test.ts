import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '@/lib/services/transport/result';
import { readThrough, type CachedRead } from './result-cache';
import { createLocalResults } from './result-stores';

const outage = err({
  kind: 'http',
  service: 'search',
  operation: 'products',
  status: 503,
  message: 'HTTP 503',
  retryable: true,
});

/** A store on a clock the test moves, and a read that counts its loads. */
function setUp(answers: Result<{ id: string }>[]) {
  let clock = 1_000_000;
  const store = createLocalResults(1 << 20, () => clock);
  let loads = 0;
  const read: CachedRead<{ id: string }> = {
    key: 'search:linen',
    lifetime: 60,
    tagsOf: (value) => [`product:${value.id}`],
    load: async () => answers[Math.min(loads++, answers.length - 1)]!,
  };
  return {
    store,
    get: () => readThrough(read, store),
    loads: () => loads,
    advance: (seconds: number) => (clock += seconds * 1000),
  };
}

describe('readThrough', () => {
  it('serves a success for its lifetime, then asks again', async () => {
    const cache = setUp([ok({ id: 'p1' }), ok({ id: 'p2' })]);
    expect(await cache.get()).toEqual(ok({ id: 'p1' }));
    cache.advance(59);
    expect(await cache.get()).toEqual(ok({ id: 'p1' }));
    expect(cache.loads()).toBe(1);
    cache.advance(1);
    expect(await cache.get()).toEqual(ok({ id: 'p2' }));
    expect(cache.loads()).toBe(2);
  });

  it('never keeps a failure: the next read asks again, and keeps its success', async () => {
    const cache = setUp([outage, ok({ id: 'p1' })]);
    expect(await cache.get()).toEqual(outage);
    expect(await cache.get()).toEqual(ok({ id: 'p1' }));
    expect(await cache.get()).toEqual(ok({ id: 'p1' }));
    expect(cache.loads()).toBe(2);
  });

  it('loads once for reads of one key that miss together', async () => {
    const cache = setUp([ok({ id: 'p1' })]);
    const answers = await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(answers).toEqual([ok({ id: 'p1' }), ok({ id: 'p1' }), ok({ id: 'p1' })]);
    expect(cache.loads()).toBe(1);
  });

  it('asks again once a tag of the answer expires, and only then', async () => {
    const cache = setUp([ok({ id: 'p1' }), ok({ id: 'p1' })]);
    await cache.get();
    cache.advance(1);
    cache.store.expire(['product:p2', 'category:c001']);
    await cache.get();
    expect(cache.loads()).toBe(1);
    cache.store.expire(['product:p1']);
    cache.advance(1);
    await cache.get();
    expect(cache.loads()).toBe(2);
  });
});
