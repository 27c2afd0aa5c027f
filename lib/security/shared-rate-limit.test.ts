import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedis } from '@/lib/redis/test-server';
import { createSharedRateLimiter } from './shared-rate-limit';

const redis = testRedis();
beforeAll(() => redis.start());
afterAll(() => redis.stop());

const OPTIONS = { name: 'rum', perMinute: 30, burst: 60 };
let namespaces = 0;

/** Two instances: two connections, one key prefix. */
async function twoInstances(options = OPTIONS, commandTimeoutMs = 1_000) {
  const prefix = `test-${++namespaces}`;
  const a = await redis.connect(commandTimeoutMs);
  const b = await redis.connect(commandTimeoutMs);
  return {
    prefix,
    a: createSharedRateLimiter(options, { connection: a, prefix }),
    b: createSharedRateLimiter(options, { connection: b, prefix }),
    connection: a,
    connections: [a, b],
  };
}

describe('createSharedRateLimiter without Redis', () => {
  it('is the in-process limiter, answering synchronously', () => {
    const limiter = createSharedRateLimiter(OPTIONS, undefined);
    for (let i = 0; i < 60; i++) expect(limiter.take('a', 0)).toEqual({ allowed: true });
    expect(limiter.take('a', 0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });
});

describe.skipIf(!redis.available)(`createSharedRateLimiter with Redis ${redis.skipReason}`, () => {
  it('gives all instances one bucket per client, refilled over time', async () => {
    const { a, b } = await twoInstances();
    for (let i = 0; i < 30; i++) {
      expect(await a.take('198.51.100.7', 0)).toEqual({ allowed: true });
      expect(await b.take('198.51.100.7', 0)).toEqual({ allowed: true });
    }
    // The 61st beacon of this client is refused whichever instance receives it.
    expect(await a.take('198.51.100.7', 0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(await b.take('198.51.100.7', 0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(await b.take('198.51.100.8', 0)).toEqual({ allowed: true });
    // 30 a minute: one token back every 2 s, on either instance.
    expect(await b.take('198.51.100.7', 2_000)).toEqual({ allowed: true });
    expect((await a.take('198.51.100.7', 2_000)).allowed).toBe(false);
  });

  it('keeps one expiring key per client under the prefix and name', async () => {
    const { a, connection, prefix } = await twoInstances();
    await a.take('192.0.2.1', 0);
    const key = `${prefix}:ratelimit:rum:192.0.2.1`;
    expect(await connection.client.keys(`${prefix}:*`)).toEqual([key]);
    const ttl = await connection.client.pTTL(key);
    // An empty bucket of 60 refills in two minutes; the key goes soon after.
    expect(ttl).toBeGreaterThan(110_000);
    expect(ttl).toBeLessThanOrEqual(121_000);
  });

  it('separates limits by name', async () => {
    const prefix = `test-${++namespaces}`;
    const share = { connection: await redis.connect(), prefix };
    const rum = createSharedRateLimiter({ ...OPTIONS, burst: 1 }, share);
    const events = createSharedRateLimiter({ ...OPTIONS, name: 'events', burst: 1 }, share);
    expect((await rum.take('c', 0)).allowed).toBe(true);
    expect((await rum.take('c', 0)).allowed).toBe(false);
    expect((await events.take('c', 0)).allowed).toBe(true);
  });

  it('falls back to its own bucket while Redis hangs, without throwing', async () => {
    const { a, b } = await twoInstances({ ...OPTIONS, burst: 2 }, 150);
    await b.take('hung', 0);
    await b.take('hung', 0);
    expect((await a.take('hung', 0)).allowed).toBe(false);
    redis.pause();
    try {
      const started = Date.now();
      // The shared bucket is empty, but cannot be read: this instance's own (fresh) one decides.
      expect(await a.take('hung', 0)).toEqual({ allowed: true });
      expect(await a.take('hung', 0)).toEqual({ allowed: true });
      expect((await a.take('hung', 0)).allowed).toBe(false);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      redis.resume();
    }
  });

  it('falls back to its own bucket when Redis is gone, and shares again once it is back', async () => {
    const { a, b, connections } = await twoInstances({ ...OPTIONS, burst: 1 });
    redis.kill();
    expect(await a.take('gone', 0)).toEqual({ allowed: true });
    expect(await b.take('gone', 0)).toEqual({ allowed: true });
    expect((await a.take('gone', 0)).allowed).toBe(false);

    await redis.start();
    const deadline = Date.now() + 10_000;
    const up = () => connections.every((connection) => connection.isUp);
    while (!up() && Date.now() < deadline) await new Promise((wake) => setTimeout(wake, 50));
    expect(up()).toBe(true);
    // Shared again (the new Redis is empty and loads the script on first use).
    expect(await a.take('back', 0)).toEqual({ allowed: true });
    expect((await b.take('back', 0)).allowed).toBe(false);
  });
});
