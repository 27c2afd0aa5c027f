import { describe, expect, it } from 'vitest';
import { pastExpiry, type Lifetime } from './last-good-copy';

describe('pastExpiry', () => {
  it('dates an entry just past its own expire, keeping its lifetime and value', () => {
    const entry = {
      lastModified: 1_000,
      cacheControl: { revalidate: 300, expire: 86_400 },
      value: 'page',
    };
    const handed = pastExpiry(entry, 100_000_000, 300);
    expect(handed.value).toBe('page');
    expect(handed.cacheControl).toEqual({ revalidate: 300, expire: 86_400 });
    // Next's test: expire * 1000 + lastModified < now.
    expect(86_400 * 1000 + handed.lastModified).toBeLessThan(100_000_000);
  });

  it('gives an entry without a lifetime the default revalidate and a day to expire', () => {
    const handed = pastExpiry<Lifetime>({ lastModified: 5 }, 200_000_000, 300);
    expect(handed.cacheControl).toEqual({ revalidate: 300, expire: 86_400 });
    expect(86_400 * 1000 + handed.lastModified).toBeLessThan(200_000_000);
  });
});
