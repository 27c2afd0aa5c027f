import { describe, expect, it } from 'vitest';
import { toUsdCents } from './base-currency';

describe('toUsdCents', () => {
  it('converts minor units of each market currency to US cents', () => {
    expect(toUsdCents(4999, 'USD')).toBe(4999);
    expect(toUsdCents(9200, 'EUR')).toBe(10000); // €92.00 → $100.00
    expect(toUsdCents(15000, 'JPY')).toBe(10000); // ¥15,000 → $100.00
  });
});
