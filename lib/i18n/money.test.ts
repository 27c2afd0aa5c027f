import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney, toMinorUnits } from './money';

describe('money', () => {
  it('formats minor units per currency and locale', () => {
    expect(formatMoney({ amount: 1999, currency: 'USD' }, 'en-US')).toBe('$19.99');
    expect(formatMoney({ amount: 1999, currency: 'EUR' }, 'de-DE')).toBe('19,99\u00a0€');
    expect(formatMoney({ amount: 4350, currency: 'JPY' }, 'ja-JP')).toMatch(/^[¥￥]4,350$/);
  });

  it('converts between whole and minor units (yen have none)', () => {
    expect(toMinorUnits(50, 'USD')).toBe(5000);
    expect(toMinorUnits(5000, 'JPY')).toBe(5000);
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
  });
});
