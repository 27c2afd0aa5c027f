import { describe, expect, it } from 'vitest';
import type { StoredEntry } from './entry-codec';
import { createLocalCopies } from './local-copies';

const entry = (lastModified: number): StoredEntry => ({
  lastModified,
  tags: [],
  value: { kind: 'FETCH' },
});

describe('local copies', () => {
  it('forgets the least recently used copies beyond the byte budget', () => {
    const copies = createLocalCopies(100);
    copies.set('a', entry(1), 20);
    copies.set('b', entry(2), 20);
    copies.set('c', entry(3), 20);
    copies.get('a'); // now b is the least recently used
    copies.set('d', entry(4), 20);
    copies.set('e', entry(5), 20);
    expect(copies.bytes).toBe(100);
    copies.set('f', entry(6), 20);
    expect(copies.get('b')).toBeUndefined();
    expect(copies.get('a')?.lastModified).toBe(1);
    expect(copies.bytes).toBe(100);
  });

  it('replaces a copy in place and never keeps one bigger than a quarter of the budget', () => {
    const copies = createLocalCopies(100);
    copies.set('a', entry(1), 20);
    copies.set('a', entry(2), 25);
    expect(copies.bytes).toBe(25);
    copies.set('a', entry(3), 26);
    expect(copies.get('a')).toBeUndefined();
    expect(copies.bytes).toBe(0);
  });
});
