import { describe, expect, it } from 'vitest';
import { formatTaxRate } from './tax-rate';

describe('formatTaxRate', () => {
  it('keeps a state rate that is not whole basis points', () => {
    expect(formatTaxRate(68_750, 'en-US')).toBe('6.875%');
  });

  it('writes the rate the locale way', () => {
    expect(formatTaxRate(190_000, 'de-DE')).toMatch(/^19\s%$/);
    expect(formatTaxRate(200_000, 'fr-FR')).toMatch(/^20\s%$/);
    expect(formatTaxRate(100_000, 'ja-JP')).toBe('10%');
  });
});
