import { describe, expect, it } from 'vitest';
import { cleanSearchQuery } from './search-query';

describe('cleanSearchQuery', () => {
  it('trims, collapses whitespace and drops control characters', () => {
    expect(cleanSearchQuery('  linen \n\t shirt\u0000 ')).toEqual({
      q: 'linen shirt',
      truncated: false,
    });
    expect(cleanSearchQuery(undefined)).toEqual({ q: '', truncated: false });
    expect(cleanSearchQuery(['dress', 'other'])).toEqual({ q: 'dress', truncated: false });
  });

  it('cuts at 200 characters without splitting an emoji', () => {
    const result = cleanSearchQuery('👗'.repeat(300));
    expect(result.truncated).toBe(true);
    expect([...result.q]).toHaveLength(200);
    expect(result.q.endsWith('👗')).toBe(true);
  });

  it('keeps markup and right-to-left text as plain text', () => {
    expect(cleanSearchQuery('<script>alert(1)</script>').q).toBe('<script>alert(1)</script>');
    expect(cleanSearchQuery('فستان').q).toBe('فستان');
  });
});
