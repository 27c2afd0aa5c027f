import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryClientFor } from './query-client';

describe('queryClientFor', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives every server render a cache of its own', () => {
    expect(queryClientFor('cart', {})).not.toBe(queryClientFor('cart', {}));
  });

  it('shares one cache per purpose in the browser', () => {
    vi.stubGlobal('window', {});
    expect(queryClientFor('cart', {})).toBe(queryClientFor('cart', {}));
    expect(queryClientFor('cart', {})).not.toBe(queryClientFor('live', {}));
  });
});
