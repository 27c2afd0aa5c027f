import { describe, expect, it } from 'vitest';
import { addLineInput, changeLineInput } from './cart-input';

const line = { locale: 'en-US', lineId: 'abc123' };

describe('cart input', () => {
  it('takes quantities as JSON numbers or form digits', () => {
    expect(changeLineInput.parse({ ...line, quantity: 3 }).quantity).toBe(3);
    expect(changeLineInput.parse({ ...line, quantity: '0' }).quantity).toBe(0);
    expect(
      addLineInput.parse({ locale: 'de-DE', productId: 'p000001', color: 'navy', size: 'M' })
        .quantity,
    ).toBe(1);
  });

  it.each([null, '', true, -1, 100, 2.5, '1e2', ' 3', 'abc', 1e9])(
    'refuses %j instead of coercing it',
    (quantity) => {
      expect(changeLineInput.safeParse({ ...line, quantity }).success).toBe(false);
    },
  );

  it('refuses unknown locales, malformed product and line ids', () => {
    expect(
      addLineInput.safeParse({ locale: 'xx-XX', productId: 'p000001', color: 'a', size: 'b' })
        .success,
    ).toBe(false);
    expect(
      addLineInput.safeParse({ locale: 'en-US', productId: '../x', color: 'a', size: 'b' }).success,
    ).toBe(false);
    expect(changeLineInput.safeParse({ ...line, lineId: 'a/b', quantity: 1 }).success).toBe(false);
  });

  it('takes an optional requestId of 8 to 128 URL-safe characters', () => {
    const add = { locale: 'en-US', productId: 'p000001', color: 'navy', size: 'M' };
    expect(addLineInput.parse(add).requestId).toBeUndefined();
    const uuid = '3f0c2a9e-1b7d-4c55-9a63-0d2f8e4b7c11';
    expect(addLineInput.parse({ ...add, requestId: uuid }).requestId).toBe(uuid);
    expect(
      addLineInput.parse({ ...add, requestId: 'a_B-9'.padEnd(128, 'x') }).requestId,
    ).toHaveLength(128);
    for (const requestId of [
      'short77',
      'x'.repeat(129),
      'has space1',
      'slash/1234',
      'ünïcode-123',
      '',
      12345678,
      null,
    ]) {
      expect(addLineInput.safeParse({ ...add, requestId }).success, JSON.stringify(requestId)).toBe(
        false,
      );
    }
  });
});
