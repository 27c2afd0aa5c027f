import { describe, expect, it } from 'vitest';
import { createCircuitBreaker } from './circuit-breaker';

function breakerAt(policy = { failuresToOpen: 3, windowMs: 10_000, openMs: 1_000 }) {
  let now = 0;
  const breaker = createCircuitBreaker(policy, () => now);
  return { breaker, advance: (ms: number) => (now += ms) };
}

describe('circuit breaker', () => {
  it('opens after enough failures within the window, successes between them or not', () => {
    const { breaker, advance } = breakerAt();
    breaker.record(false);
    advance(10_000);
    breaker.record(false);
    breaker.record(true);
    breaker.record(false);
    expect(breaker.state).toBe('closed');
    expect(breaker.failing).toBe(true);
    breaker.record(false);
    expect(breaker.state).toBe('open');
    expect(breaker.admit()).toBe(false);
    expect(breaker.refused).toBe(1);
  });

  it('lets one probe through when half-open; its success closes, its failure reopens', () => {
    const { breaker, advance } = breakerAt();
    for (let i = 0; i < 3; i++) breaker.record(false);
    advance(1_000);
    expect(breaker.admit()).toBe(true);
    expect(breaker.state).toBe('half-open');
    expect(breaker.admit()).toBe(false);
    breaker.record(false);
    expect(breaker.state).toBe('open');
    expect(breaker.admit()).toBe(false);
    advance(1_000);
    expect(breaker.admit()).toBe(true);
    breaker.record(true);
    expect(breaker.state).toBe('closed');
    expect(breaker.admit()).toBe(true);
  });

  it('stops calling itself failing a window after the last failure', () => {
    const { breaker, advance } = breakerAt();
    breaker.record(false);
    expect(breaker.failing).toBe(true);
    advance(10_000);
    expect(breaker.failing).toBe(false);
  });
});
