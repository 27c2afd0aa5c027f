import { describe, expect, it } from 'vitest';
import {
  checkCardNumber,
  checkCvc,
  checkEmail,
  checkExpiry,
  checkText,
  parseExpiry,
} from './field-rules';

describe('checkout field rules', () => {
  it('checks e-mail addresses', () => {
    expect(checkEmail(' ada@example.com ')).toBeUndefined();
    expect(checkEmail('')).toBe('required');
    expect(checkEmail('ada@example')).toBe('invalidEmail');
    expect(checkEmail('ada example@x.io')).toBe('invalidEmail');
    expect(checkEmail(`${'a'.repeat(250)}@x.io`)).toBe('tooLong');
  });

  it('checks card numbers with the Luhn sum, allowing spaces between groups', () => {
    expect(checkCardNumber('4242 4242 4242 4242')).toBeUndefined();
    expect(checkCardNumber('4000000000009995')).toBeUndefined();
    expect(checkCardNumber('4242424242424241')).toBe('invalidCardNumber');
    expect(checkCardNumber('4242')).toBe('invalidCardNumber');
    expect(checkCardNumber('')).toBe('required');
  });

  it('reads expiry dates and refuses past ones', () => {
    const now = new Date(2026, 10, 21);
    expect(parseExpiry('12/30')).toEqual({ month: 12, year: 2030 });
    expect(parseExpiry('1/2031')).toEqual({ month: 1, year: 2031 });
    expect(parseExpiry('13/30')).toBeUndefined();
    expect(checkExpiry('11/26', now)).toBeUndefined();
    expect(checkExpiry('10/26', now)).toBe('cardExpired');
    expect(checkExpiry('1130', now)).toBe('invalidExpiry');
  });

  it('checks CVCs and text lengths', () => {
    expect(checkCvc('123')).toBeUndefined();
    expect(checkCvc('12a')).toBe('invalidCvc');
    expect(checkText('  ', 10)).toBe('required');
    expect(checkText('', 10, true)).toBeUndefined();
    expect(checkText('x'.repeat(11), 10)).toBe('tooLong');
  });
});
