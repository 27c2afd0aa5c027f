import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testRedis } from '@/lib/redis/test-server';
import type { VitalSample } from '../samples';
import { rate, type VitalName } from '../vitals';
import { localView, shareVitals, type SharedVitals } from './cluster-vitals';
import { createVitalsStore } from './vitals-store';
import { summarize, variantP75 } from './vitals-summary';

const redis = testRedis();
beforeAll(() => redis.start());
afterAll(() => redis.stop());

const T0 = Date.UTC(2026, 0, 1, 12, 0, 30);
const sample = (name: VitalName, value: number, extra: Partial<VitalSample> = {}): VitalSample => ({
  name,
  value,
  rating: rate(name, value),
  route: '/[locale]/p/[slug]',
  device: 'phone',
  locale: 'en-US',
  variant: 'home-hero:brand',
  ...extra,
});

/** Beacons of one traffic, spread over two minutes, routes, devices, variants and targets. */
const traffic: [VitalSample, number][] = [
  [sample('LCP', 1000, { target: 'img.hero' }), T0],
  [sample('LCP', 2000, { target: 'img.hero' }), T0],
  [sample('LCP', 3000, { target: 'h1', device: 'desktop' }), T0],
  [sample('LCP', 5000, { target: 'img.hero', variant: 'home-hero:best-sellers' }), T0],
  [sample('INP', 80, { route: '/[locale]', variant: 'none', target: 'button' }), T0],
  [sample('CLS', 0.3, { variant: 'other' }), T0 - 60_000],
  [sample('LCP', 9000), T0 - 7 * 60_000],
];

let shared: SharedVitals[] = [];
afterEach(() => {
  for (const instance of shared) instance.close();
  shared = [];
});

let namespaces = 0;
/** Two instances: two stores, two connections, one key prefix. */
async function twoInstances() {
  const prefix = `test-${++namespaces}`;
  const connections = [await redis.connect(), await redis.connect()] as const;
  const make = (instance: string, connection: (typeof connections)[number]) => {
    const vitals = shareVitals(
      createVitalsStore(),
      { connection, prefix },
      { instance, publishMs: 0 },
    );
    shared.push(vitals);
    return vitals;
  };
  return { a: make('a', connections[0]), b: make('b', connections[1]), prefix, connections };
}

describe('localView (no REDIS_URL)', () => {
  it('is exactly the store window, marked as this instance only', async () => {
    const store = createVitalsStore();
    for (const [s, at] of traffic) store.add(s, at);
    const { minutes, coverage } = await localView(store).window(T0);
    expect(minutes).toEqual(store.window(T0));
    expect(coverage).toEqual({ scope: 'instance', redis: 'off' });
  });
});

describe.skipIf(!redis.available)(`shareVitals with Redis ${redis.skipReason}`, () => {
  it('shows every instance the merge of all, equal to one process that saw everything', async () => {
    const { a, b } = await twoInstances();
    const single = createVitalsStore();
    traffic.forEach(([s, at], i) => {
      (i % 2 === 0 ? a : b).store.add(s, at);
      single.add(s, at);
    });
    expect(await a.publish(T0)).toBe(true);
    expect(await b.publish(T0)).toBe(true);

    const expected = summarize(single.window(T0), T0);
    for (const instance of [a, b]) {
      const { minutes, coverage } = await instance.view.window(T0);
      expect(coverage).toEqual({ scope: 'cluster', instances: 2, publishSeconds: 0 });
      expect(summarize(minutes, T0)).toEqual(expected);
      expect(variantP75(minutes, 'LCP', 'home-hero', 'brand')).toEqual(
        variantP75(single.window(T0), 'LCP', 'home-hero', 'brand'),
      );
    }
    const lcp = expected.metrics.find((m) => m.name === 'LCP')!;
    expect(lcp.overall).toMatchObject({ count: 5, split: { good: 2, needsImprovement: 1 } });
    expect(lcp.topTargets[0]).toMatchObject({ target: 'img.hero', count: 3 });
  });

  it("reads its own minutes from memory, the others' as last published", async () => {
    const { a, b } = await twoInstances();
    a.store.add(sample('LCP', 1000), T0);
    b.store.add(sample('LCP', 1000), T0);
    await b.publish(T0);
    const count = async (view = a.view) =>
      summarize((await view.window(T0)).minutes, T0).metrics[0]!.overall.count;
    expect(await count()).toBe(2); // a's own is not published yet, b's is
    expect(await count(b.view)).toBe(1);
    b.store.add(sample('LCP', 1000), T0);
    expect(await count()).toBe(2); // b's newest waits for its next publish
    await a.publish(T0);
    await b.publish(T0);
    expect(await count()).toBe(3);
    expect(await count(b.view)).toBe(3);
    // Publishing again is idempotent: a minute is written whole, never added twice.
    b.store.add(sample('LCP', 1000), T0);
    await b.publish(T0);
    await b.publish(T0);
    expect(await count()).toBe(4);
  });

  it('writes one hash per minute with a field per instance, expiring after the window', async () => {
    const { a, b, prefix } = await twoInstances();
    a.store.add(sample('LCP', 1000), T0);
    b.store.add(sample('LCP', 1000), T0);
    await Promise.all([a.publish(T0), b.publish(T0)]);
    const client = (await redis.connect()).client;
    const key = `${prefix}:rum:vitals:${Math.floor(T0 / 60_000)}`;
    expect(await client.keys(`${prefix}:*`)).toEqual([key]);
    expect((await client.hKeys(key)).sort()).toEqual(['a', 'b']);
    const ttl = await client.pTTL(key);
    expect(ttl).toBeGreaterThan(60 * 60_000);
    expect(ttl).toBeLessThanOrEqual(65 * 60_000);
  });

  it('skips what it cannot read (another build), and records locally while Redis is gone', async () => {
    const { a, b, prefix, connections } = await twoInstances();
    const client = (await redis.connect()).client;
    await client.hSet(`${prefix}:rum:vitals:${Math.floor(T0 / 60_000)}`, 'old-build', '{"v":0}');
    b.store.add(sample('LCP', 1000), T0);
    await b.publish(T0);
    expect((await a.view.window(T0)).coverage).toMatchObject({ instances: 1 });

    redis.kill();
    expect(() => a.store.add(sample('LCP', 2000), T0)).not.toThrow();
    expect(await a.publish(T0)).toBe(false);
    const { minutes, coverage } = await a.view.window(T0);
    expect(coverage).toEqual({ scope: 'instance', redis: 'unavailable' });
    expect(summarize(minutes, T0).metrics[0]!.overall.count).toBe(1);

    // Back, empty: once reconnected, each instance's next publish writes its whole window again.
    await redis.start();
    const deadline = Date.now() + 10_000;
    const up = () => connections.every((connection) => connection.isUp);
    while (!up() && Date.now() < deadline) await new Promise((wake) => setTimeout(wake, 50));
    expect(await a.publish(T0)).toBe(true);
    expect(await b.publish(T0)).toBe(true);
    const after = (await redis.connect()).client;
    expect(await after.hKeys(`${prefix}:rum:vitals:${Math.floor(T0 / 60_000)}`)).toHaveLength(2);
    expect(summarize((await a.view.window(T0)).minutes, T0).metrics[0]!.overall.count).toBe(2);
  });
});
