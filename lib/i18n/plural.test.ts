import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  const items = { one: '{count} item', other: '{count} items' };

  it('follows the locale plural rules', () => {
    expect(plural('en-US', items, 1)).toBe('1 item');
    expect(plural('en-US', items, 0)).toBe('0 items');
    // French counts 0 as singular.
    expect(plural('fr-FR', { one: '{count} article', other: '{count} articles' }, 0)).toBe(
      '0 article',
    );
  });

  it('falls back to other when the locale has no such form, and formats the number', () => {
    expect(plural('ja-JP', { other: '{count}点' }, 1)).toBe('1点');
    expect(plural('de-DE', items, 1200)).toBe('1.200 items');
  });
});
