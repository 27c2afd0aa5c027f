import { describe, expect, it } from 'vitest';
import { computeTax, type TaxBreakdown, type TaxInput } from './compute-tax';
import { TAX_MARKETS } from './tax-rates';

function order(
  country: string,
  currency: TaxInput['currency'],
  prices: number[],
  shipping: number,
  region?: string,
): TaxInput {
  return {
    country,
    currency,
    shipping,
    lines: prices.map((unitPrice, index) => ({ id: `line-${index}`, unitPrice, quantity: 1 })),
    ...(region === undefined ? {} : { region }),
  };
}

function breakdownOf(input: TaxInput): TaxBreakdown {
  const result = computeTax(input);
  if (!result.ok) throw new Error(`expected a breakdown, got ${result.error}`);
  return result.breakdown;
}

const us = (region: string, prices: number[], shipping = 0) =>
  breakdownOf(order('US', 'USD', prices, shipping, region));

describe('reference rate table', () => {
  it('has a rate for all 50 states and DC', () => {
    const regions = TAX_MARKETS.US?.regions ?? {};
    expect(Object.keys(regions)).toHaveLength(51);
    expect(regions.CA?.ratePerMillion).toBe(72_500);
    expect(regions.NY?.ratePerMillion).toBe(40_000);
    expect(regions.TX?.ratePerMillion).toBe(62_500);
    expect(regions.MO?.ratePerMillion).toBe(42_250);
    for (const code of ['DE', 'MT', 'NH', 'OR', 'AK'])
      expect(regions[code]?.ratePerMillion).toBe(0);
  });
});

describe('US: prices exclude sales tax', () => {
  it('adds the state tax on top, rounding a half cent up (7.25% of $2.00 = 14.5¢ -> 15¢)', () => {
    expect(us('CA', [200])).toEqual({
      pricesIncludeTax: false,
      net: 200,
      taxLines: [
        {
          code: 'US-CA',
          kind: 'sales',
          region: 'CA',
          label: 'California sales tax',
          ratePerMillion: 72_500,
          taxable: 200,
          tax: 15,
        },
      ],
      tax: 15,
      gross: 215,
    });
  });

  it('rounds once on the order, not per line (3 x 10¢ at 7.25%: 2¢, not 3 x 1¢)', () => {
    const breakdown = us('CA', [10, 10, 10]);
    expect(breakdown.tax).toBe(2);
    expect(breakdown.gross).toBe(32);
  });

  it('uses rates that are not whole basis points (MO 4.225% of $100.00 = $4.225 -> $4.23)', () => {
    expect(us('MO', [10_000]).tax).toBe(423);
  });

  it('multiplies unit price by quantity before taxing', () => {
    const input: TaxInput = {
      country: 'US',
      region: 'TX',
      currency: 'USD',
      shipping: 0,
      lines: [{ id: 'shirt', unitPrice: 1999, quantity: 3 }],
    };
    // 5997 x 6.25% = 374.8125 -> 375
    expect(breakdownOf(input)).toMatchObject({ net: 5997, tax: 375, gross: 6372 });
  });

  it('taxes shipping in a state that does (NY) and not in one that does not (CA)', () => {
    expect(us('NY', [1000], 500)).toMatchObject({ net: 1500, tax: 60, gross: 1560 });
    expect(us('NY', [1000], 500).taxLines[0]?.taxable).toBe(1500);
    const california = us('CA', [1000], 500);
    expect(california).toMatchObject({ net: 1500, tax: 73, gross: 1573 });
    expect(california.taxLines[0]?.taxable).toBe(1000);
  });

  it('charges nothing in a zero-rate state and shows no tax line', () => {
    expect(us('OR', [1999, 501], 700)).toEqual({
      pricesIncludeTax: false,
      net: 3200,
      taxLines: [],
      tax: 0,
      gross: 3200,
    });
  });
});

describe('VAT markets: shown prices include the tax', () => {
  it('takes 19% out of €0.05 as 1 cent (0.798¢ rounds up) and keeps the shown price', () => {
    expect(breakdownOf(order('DE', 'EUR', [5], 0))).toEqual({
      pricesIncludeTax: true,
      net: 4,
      taxLines: [
        {
          code: 'DE-VAT',
          kind: 'vat',
          label: 'Germany VAT',
          ratePerMillion: 190_000,
          taxable: 4,
          tax: 1,
        },
      ],
      tax: 1,
      gross: 5,
    });
  });

  it('rounds ten lines of €19.99 once: €31.92, where per-line rounding would give €31.90', () => {
    const breakdown = breakdownOf(order('DE', 'EUR', Array<number>(10).fill(1999), 0));
    expect(breakdown).toMatchObject({ gross: 19_990, tax: 3192, net: 16_798 });
  });

  it('taxes shipping at the same rate, inside the shown price', () => {
    // (19.99 + 4.95) x 19/119 = 3.982 -> 3.98
    expect(breakdownOf(order('DE', 'EUR', [1999], 495))).toMatchObject({
      gross: 2494,
      tax: 398,
      net: 2096,
    });
  });

  it('uses 20% in France', () => {
    // 19.99 x 20/120 = 3.3317 -> 3.33
    const breakdown = breakdownOf(order('FR', 'EUR', [1999], 0));
    expect(breakdown).toMatchObject({ gross: 1999, tax: 333, net: 1666 });
    expect(breakdown.taxLines[0]?.code).toBe('FR-VAT');
  });

  it.each([
    [1099, 100], // 99.909 -> 100
    [1094, 99], // 99.45 -> 99
    [1089, 99], // exactly 99
    [1100, 100], // exactly 100
    [1, 0], // 0.09 -> 0
  ])('takes 10%% consumption tax out of ¥%i as ¥%i (no decimals)', (gross, tax) => {
    expect(breakdownOf(order('JP', 'JPY', [gross], 0))).toMatchObject({
      gross,
      tax,
      net: gross - tax,
    });
  });

  it('rounds yen once on the order (3 x ¥105: ¥29, not 3 x ¥10)', () => {
    expect(breakdownOf(order('JP', 'JPY', [105, 105, 105], 0)).tax).toBe(29);
  });

  it('includes shipping in the yen tax', () => {
    // (1099 + 500) / 11 = 145.36 -> 145
    expect(breakdownOf(order('JP', 'JPY', [1099], 500))).toMatchObject({ gross: 1599, tax: 145 });
  });
});

describe('bad input is an error value, not a throw', () => {
  it.each([
    ['GB', 'USD', undefined, 'unknown-country'],
    ['constructor', 'USD', undefined, 'unknown-country'],
    ['US', 'USD', undefined, 'unknown-region'],
    ['US', 'USD', 'ZZ', 'unknown-region'],
    ['US', 'USD', 'toString', 'unknown-region'],
    ['DE', 'USD', undefined, 'currency-mismatch'],
    ['JP', 'EUR', undefined, 'currency-mismatch'],
  ] as const)('%s %s region %s -> %s', (country, currency, region, error) => {
    expect(computeTax(order(country, currency, [100], 0, region))).toEqual({ ok: false, error });
  });

  it.each([
    ['a negative price', [{ id: 'a', unitPrice: -1, quantity: 1 }], 0],
    ['a fractional price', [{ id: 'a', unitPrice: 1.5, quantity: 1 }], 0],
    ['a zero quantity', [{ id: 'a', unitPrice: 100, quantity: 0 }], 0],
    ['a fractional quantity', [{ id: 'a', unitPrice: 100, quantity: 0.5 }], 0],
    ['negative shipping', [{ id: 'a', unitPrice: 100, quantity: 1 }], -5],
  ])('rejects %s', (_name, lines, shipping) => {
    const input: TaxInput = { country: 'DE', currency: 'EUR', lines, shipping };
    expect(computeTax(input)).toEqual({ ok: false, error: 'invalid-amount' });
  });
});

describe('invariants over many orders', () => {
  // Deterministic pseudo-random orders (no clock, no Math.random) so a failure reproduces.
  function* orders(): Generator<TaxInput> {
    let seed = 7;
    const next = (limit: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % limit;
    };
    const places: Array<[string, TaxInput['currency'], string?]> = [
      ['US', 'USD', 'CA'],
      ['US', 'USD', 'NY'],
      ['US', 'USD', 'MN'],
      ['US', 'USD', 'OR'],
      ['DE', 'EUR'],
      ['FR', 'EUR'],
      ['JP', 'JPY'],
    ];
    for (let index = 0; index < 500; index += 1) {
      const [country, currency, region] = places[index % places.length] ?? ['DE', 'EUR'];
      const prices = Array.from({ length: 1 + next(12) }, () => next(50_000));
      yield order(country, currency, prices, next(3) === 0 ? 0 : next(2_000), region);
    }
  }

  it('net + tax === gross; inclusive pays the shown price; exclusive adds the tax', () => {
    for (const input of orders()) {
      const breakdown = breakdownOf(input);
      const shown =
        input.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0) + input.shipping;
      expect(breakdown.net + breakdown.tax).toBe(breakdown.gross);
      expect(breakdown.gross).toBe(breakdown.pricesIncludeTax ? shown : shown + breakdown.tax);
      const lineTax = breakdown.taxLines.reduce((sum, line) => sum + line.tax, 0);
      expect(lineTax).toBe(breakdown.tax);
      for (const line of breakdown.taxLines) {
        // The rounded tax is within half a minor unit of the exact rate x taxable for exclusive
        // markets; inclusive tax is within half a unit of gross x rate / (1 + rate).
        const exact = breakdown.pricesIncludeTax
          ? ((line.taxable + line.tax) * line.ratePerMillion) / (1_000_000 + line.ratePerMillion)
          : (line.taxable * line.ratePerMillion) / 1_000_000;
        expect(Math.abs(line.tax - exact)).toBeLessThanOrEqual(0.5);
      }
    }
  });
});
