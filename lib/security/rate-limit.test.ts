import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows a burst, then refuses with the seconds until the next token', () => {
    const limiter = createRateLimiter({ perMinute: 30, burst: 60 });
    for (let i = 0; i < 60; i++) expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(limiter.take('b', 0).allowed).toBe(true);
  });

  it('refills at the sustained rate, never above the burst', () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 2 });
    limiter.take('a', 0);
    limiter.take('a', 0);
    expect(limiter.take('a', 500).allowed).toBe(false);
    expect(limiter.take('a', 1000).allowed).toBe(true);
    expect(limiter.take('a', 3_600_000).allowed).toBe(true);
    expect(limiter.take('a', 3_600_000).allowed).toBe(true);
    expect(limiter.take('a', 3_600_000).allowed).toBe(false);
  });

  it('keeps memory bounded under many clients', () => {
    const limiter = createRateLimiter({ perMinute: 1, burst: 1, maxClients: 100 });
    for (let i = 0; i < 10_000; i++) limiter.take(`client-${i}`, i);
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});
