import { describe, expect, it } from 'vitest';
import { priceOrder, type PricingInput } from './order-pricing';
import type { Currency } from '../catalog/money';
import type { PromoCode } from '../promotions/promo-code';
import { createRandom } from '../shared/seeded-random';

const code = (fields: Partial<PromoCode>): { code: string; found: PromoCode } => ({
  code: fields.code ?? 'TEST',
  found: { code: 'TEST', kind: 'percent', used: 0, createdAt: '2026-01-01T00:00:00Z', ...fields },
});

const address = {
  US: { name: 'A', line1: 'x', city: 'y', postalCode: '94105', country: 'US', region: 'CA' },
  DE: { name: 'A', line1: 'x', city: 'y', postalCode: '10117', country: 'DE', region: undefined },
  FR: { name: 'A', line1: 'x', city: 'y', postalCode: '75001', country: 'FR', region: undefined },
  JP: { name: 'A', line1: 'x', city: 'y', postalCode: '100-0001', country: 'JP', region: 'JP-13' },
} as const;

const CURRENCY = { US: 'USD', DE: 'EUR', FR: 'EUR', JP: 'JPY' } as const;

describe('priceOrder', () => {
  it('takes a percentage off the goods, rounding a half minor unit up', () => {
    const { totals } = priceOrder({
      subtotal: { amount: 1_005, currency: 'EUR' },
      promo: code({ percent: 10 }),
    });
    expect(totals.discount).toEqual({ amount: 101, currency: 'EUR' });
    expect(totals.total).toEqual({ amount: 904, currency: 'EUR' });
  });

  it('never takes off more than the goods, and a free-shipping code zeroes only delivery', () => {
    const fixed = priceOrder({
      subtotal: { amount: 300, currency: 'JPY' },
      shippingMethod: 'standard',
      promo: code({ kind: 'fixed', amount: 500, currency: 'JPY' }),
    });
    expect(fixed.totals.discount?.amount).toBe(300);
    expect(fixed.totals.total.amount).toBe(700);
    const free = priceOrder({
      subtotal: { amount: 300, currency: 'JPY' },
      shippingMethod: 'express',
      promo: code({ kind: 'free_shipping' }),
    });
    expect(free.totals).toMatchObject({ shipping: { amount: 0 }, total: { amount: 300 } });
    expect(free.promotion).toMatchObject({ applied: true, freeShipping: true });
  });

  it('taxes what is left after the discount: US on top, California without delivery', () => {
    const { totals } = priceOrder({
      subtotal: { amount: 10_000, currency: 'USD' },
      shippingMethod: 'standard',
      shippingAddress: address.US,
      promo: code({ percent: 10 }),
    });
    // 9,000 × 7.25 % = 652.5 → 653 (half-up), delivery untaxed in CA.
    expect(totals.tax).toMatchObject({
      included: false,
      lines: [{ code: 'US-CA', kind: 'sales', region: 'CA', taxable: { amount: 9_000 } }],
      total: { amount: 653 },
      net: { amount: 9_500 },
    });
    expect(totals.total.amount).toBe(9_000 + 500 + 653);
  });

  it('states a code that no longer applies with its reason and prices without it', () => {
    const { totals, promotion } = priceOrder(
      {
        subtotal: { amount: 2_000, currency: 'EUR' },
        promo: code({ percent: 20, endsAt: '2026-09-01T00:00:00.000Z' }),
      },
      new Date('2026-12-05T00:00:00Z'),
    );
    expect(promotion).toMatchObject({ applied: false, reason: 'expired' });
    expect(totals.discount).toBeUndefined();
    expect(totals.total.amount).toBe(2_000);
  });

  it('always adds up to the minor unit: 2,000 random orders in every market', () => {
    const random = createRandom(20);
    for (let run = 0; run < 2_000; run++) {
      const country = (['US', 'DE', 'FR', 'JP'] as const)[run % 4]!;
      const currency: Currency = CURRENCY[country];
      const subtotal = { amount: random.int(1, 500_000), currency };
      const input: PricingInput = {
        subtotal,
        shippingMethod: random.pick(['standard', 'express'] as const),
        shippingAddress: address[country],
        ...(random.chance(0.5) ? { promo: code({ percent: random.int(1, 100) }) } : {}),
      };
      const { totals } = priceOrder(input);
      const goods = subtotal.amount - (totals.discount?.amount ?? 0);
      const shipping = totals.shipping?.amount ?? 0;
      const tax = totals.tax!;
      expect(goods).toBeGreaterThanOrEqual(0);
      expect(tax.net.amount + tax.total.amount, `${country} ${run}`).toBe(
        tax.included ? goods + shipping : goods + shipping + tax.total.amount,
      );
      expect(totals.total.amount).toBe(goods + shipping + (tax.included ? 0 : tax.total.amount));
      expect(tax.lines.reduce((sum, line) => sum + line.tax.amount, 0)).toBe(tax.total.amount);
      for (const amount of [totals.total.amount, tax.total.amount, tax.net.amount])
        expect(Number.isInteger(amount)).toBe(true);
    }
  });

  it('adds no tax line to an export into another currency’s market', () => {
    const { totals } = priceOrder({
      subtotal: { amount: 5_000, currency: 'EUR' },
      shippingMethod: 'standard',
      shippingAddress: address.US,
    });
    expect(totals.tax).toBeUndefined();
    expect(totals.total.amount).toBe(5_000 + 495);
  });
});
