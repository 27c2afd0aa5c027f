import { describe, expect, it } from 'vitest';
import { bucket, murmur3, pickWeighted } from './bucket';

/** Ids shaped like the visitor cookie's (random UUIDs), from a fixed generator so the test is repeatable. */
function simulatedIds(count: number): string[] {
  let state = 42;
  const hex = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state.toString(16).padStart(8, '0');
  };
  return Array.from({ length: count }, () => {
    const [a, b, c, d] = [hex(), hex(), hex(), hex()];
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-a${c.slice(1, 4)}-${c.slice(4)}${d}`;
  });
}

describe('murmur3', () => {
  it('matches the reference implementation', () => {
    // Published test vectors of MurmurHash3_x86_32.
    expect(murmur3('')).toBe(0);
    expect(murmur3('', 1)).toBe(0x514e28b7);
    expect(murmur3('a')).toBe(0x3c2569b2);
    expect(murmur3('abcd')).toBe(0x43ed676a);
    expect(murmur3('Hello, world!', 1234)).toBe(0xfaf6cdb3);
    expect(murmur3('The quick brown fox jumps over the lazy dog')).toBe(0x2e4ff723);
  });
});

describe('bucket', () => {
  const ids = simulatedIds(100_000);

  it.each([[{ a: 50, b: 50 }], [{ a: 90, b: 10 }], [{ a: 1, b: 1, c: 2 }]])(
    'splits 100,000 visitors within ±1%% of the weights %o',
    (weights) => {
      const counts: Record<string, number> = {};
      for (const id of ids) {
        const variant = bucket(id, 'home-hero', weights);
        counts[variant] = (counts[variant] ?? 0) + 1;
      }
      const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
      for (const [variant, weight] of Object.entries(weights)) {
        expect(Math.abs(counts[variant]! / ids.length - weight / total)).toBeLessThan(0.01);
      }
    },
  );

  it('gives the same visitor the same variant every time', () => {
    for (const id of ids.slice(0, 1000))
      expect(bucket(id, 'home-hero', { a: 1, b: 1 })).toBe(bucket(id, 'home-hero', { a: 1, b: 1 }));
  });

  it('splits two experiments independently of each other', () => {
    const both = ids.filter(
      (id) =>
        bucket(id, 'one', { a: 1, b: 1 }) === 'b' && bucket(id, 'two', { a: 1, b: 1 }) === 'b',
    );
    expect(Math.abs(both.length / ids.length - 0.25)).toBeLessThan(0.01);
  });
});

describe('pickWeighted', () => {
  it('maps the unit interval onto the weights in order', () => {
    expect(pickWeighted({ a: 1, b: 3 }, 0)).toBe('a');
    expect(pickWeighted({ a: 1, b: 3 }, 0.2499)).toBe('a');
    expect(pickWeighted({ a: 1, b: 3 }, 0.25)).toBe('b');
    expect(pickWeighted({ a: 1, b: 3 }, 0.999999)).toBe('b');
  });
});
