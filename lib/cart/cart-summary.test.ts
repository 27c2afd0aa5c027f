import { describe, expect, it } from 'vitest';
import { estimatedTotal, withLineQuantity, type CartSummary } from './cart-summary';

const usd = (amount: number) => ({ amount, currency: 'USD' });

const summary: CartSummary = {
  itemCount: 3,
  subtotal: usd(4_500),
  shippingFrom: usd(500),
  discount: null,
  freeShippingCode: null,
  lines: [
    {
      id: 'a',
      name: 'Tee',
      variantLabel: 'Navy / M',
      imageUrl: '/a.jpg',
      quantity: 1,
      unitPrice: usd(1_500),
      lineTotal: usd(1_500),
    },
    {
      id: 'b',
      name: 'Cap',
      variantLabel: 'Sand / One size',
      imageUrl: '/b.jpg',
      quantity: 2,
      unitPrice: usd(1_500),
      lineTotal: usd(3_000),
    },
  ],
};

describe('withLineQuantity', () => {
  it('recomputes the line total, the item count and the subtotal', () => {
    const next = withLineQuantity(summary, 'a', 4);
    expect(next.lines[0]).toMatchObject({ quantity: 4, lineTotal: usd(6_000) });
    expect(next.itemCount).toBe(6);
    expect(next.subtotal).toEqual(usd(9_000));
  });

  it('removes the line at quantity 0 and leaves the input untouched', () => {
    const next = withLineQuantity(summary, 'b', 0);
    expect(next.lines.map((line) => line.id)).toEqual(['a']);
    expect(next).toMatchObject({ itemCount: 1, subtotal: usd(1_500) });
    expect(summary.lines).toHaveLength(2);
  });

  it('ignores a line id it does not know', () => {
    expect(withLineQuantity(summary, 'zzz', 5)).toEqual(summary);
  });
});

describe('estimatedTotal', () => {
  it('adds the cheapest delivery to the goods', () => {
    expect(estimatedTotal(summary)).toEqual(usd(5_000));
  });

  it('takes the code discount off the goods, and delivery with a free-shipping code', () => {
    const discounted = { ...summary, discount: { code: 'SAVE5', amount: usd(500) } };
    expect(estimatedTotal(discounted)).toEqual(usd(4_500));
    expect(estimatedTotal({ ...discounted, freeShippingCode: 'FREESHIP' })).toEqual(usd(4_000));
  });

  it('estimates nothing without a delivery price', () => {
    expect(estimatedTotal({ ...summary, shippingFrom: null })).toBeNull();
  });
});
