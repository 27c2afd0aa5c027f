import { describe, expect, it, vi } from 'vitest';
import type { Check } from './checks';
import type { Lifecycle } from './lifecycle';
import { createReadiness } from './readiness';

const up: Check = { ok: true, ms: 3 };
const down: Check = { ok: false, ms: 500, error: 'timed out' };

function probe(checks: Record<string, Check>, state: Lifecycle = 'serving') {
  let now = 0;
  const runChecks = vi.fn(async () => checks);
  const readiness = createReadiness({ runChecks, lifecycle: () => state, now: () => now });
  return { readiness, runChecks, advance: (ms: number) => (now += ms) };
}

describe('createReadiness', () => {
  it('is ready with every dependency up', async () => {
    const { readiness } = probe({ services: up, redis: up });
    expect(await readiness()).toEqual({
      httpStatus: 200,
      report: { status: 'ready', checks: { services: up, redis: up } },
    });
  });

  it('stays in rotation, degraded, with a dependency down', async () => {
    const { readiness } = probe({ services: down, redis: up });
    expect(await readiness()).toEqual({
      httpStatus: 200,
      report: { status: 'degraded', checks: { services: down, redis: up } },
    });
  });

  it.each(['starting', 'draining'] as const)(
    'answers 503 while %s, asking nobody',
    async (state) => {
      const { readiness, runChecks } = probe({ services: up }, state);
      expect(await readiness()).toEqual({ httpStatus: 503, report: { status: state } });
      expect(runChecks).not.toHaveBeenCalled();
    },
  );

  it('answers every probe within the time to live from one round of checks', async () => {
    const { readiness, runChecks, advance } = probe({ services: up });
    await Promise.all([readiness(), readiness()]);
    advance(1_999);
    await readiness();
    expect(runChecks).toHaveBeenCalledTimes(1);
    advance(1);
    await readiness();
    expect(runChecks).toHaveBeenCalledTimes(2);
  });
});
