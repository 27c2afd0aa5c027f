import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testRedis } from '@/lib/redis/test-server';
import { lcpBeacon } from './beacon-fixture';
import { collectBeacon } from './collect-beacon';
import { createRumRuntime, type RumRuntime } from './runtime';
import { summarize } from './store/vitals-summary';

const redis = testRedis();
beforeAll(() => redis.start());
afterAll(() => redis.stop());

const NOW = Date.UTC(2026, 0, 1, 12);
const beacon = lcpBeacon(2000, { variants: {} });

let runtimes: RumRuntime[] = [];
afterEach(async () => {
  await Promise.all(runtimes.map((rum) => rum.metrics.shutdown()));
  runtimes = [];
});

function post(rum: RumRuntime, client = '198.51.100.7'): Promise<Response> {
  const request = new Request('http://shop.test/api/rum', {
    method: 'POST',
    body: JSON.stringify(beacon),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client, host: 'shop.test' },
  });
  return collectBeacon(request, rum, NOW);
}

describe('createRumRuntime without Redis', () => {
  it('keeps the in-process limiter and states that the ops view is this instance only', async () => {
    const rum = createRumRuntime({ ratePerMinute: 30 });
    runtimes.push(rum);
    expect((await post(rum)).status).toBe(204);
    const { minutes, coverage } = await rum.vitals.window(NOW);
    expect(coverage).toEqual({ scope: 'instance', redis: 'off' });
    expect(minutes).toEqual(rum.store.window(NOW));
  });
});

describe.skipIf(!redis.available)(`createRumRuntime with Redis ${redis.skipReason}`, () => {
  it('rate-limits a client once across instances, and reads the cluster view', async () => {
    const prefix = 'runtime-test';
    const [a, b] = [
      createRumRuntime({ ratePerMinute: 30, share: { connection: await redis.connect(), prefix } }),
      createRumRuntime({ ratePerMinute: 30, share: { connection: await redis.connect(), prefix } }),
    ];
    runtimes.push(a, b);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await post(a)).status, (await post(b)).status);
    expect(statuses.every((status) => status === 204)).toBe(true);
    expect((await post(a)).status).toBe(429);
    expect((await post(b)).status).toBe(429);
    expect((await post(b, '198.51.100.8')).status).toBe(204);

    const { minutes, coverage } = await a.vitals.window(NOW);
    expect(coverage).toMatchObject({ scope: 'cluster' });
    // a's own 30 beacons at least (b's arrive with its next publish, every 5 s).
    expect(summarize(minutes, NOW).metrics[0]!.overall.count).toBeGreaterThanOrEqual(30);
  });
});
