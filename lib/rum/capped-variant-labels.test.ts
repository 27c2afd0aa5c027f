import { describe, expect, it } from 'vitest';
import { createVariantLabeler } from './capped-variant-labels';

describe('createVariantLabeler', () => {
  it('joins sorted key:variant pairs, or says none', () => {
    const label = createVariantLabeler();
    expect(label({})).toBe('none');
    expect(label({ 'pdp-gallery': 'b', checkout: 'a' })).toBe('checkout:a,pdp-gallery:b');
  });

  it('labels combinations past the cap "other", keeping the ones already seen', () => {
    const label = createVariantLabeler(2);
    expect(label({ a: 'x' })).toBe('a:x');
    expect(label({ b: 'x' })).toBe('b:x');
    expect(label({ c: 'x' })).toBe('other');
    expect(label({ a: 'x' })).toBe('a:x');
  });
});
