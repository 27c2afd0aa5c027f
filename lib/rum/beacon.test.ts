import { describe, expect, it } from 'vitest';
import { beaconSchema } from './beacon';

const valid = {
  route: '/[locale]/p/[slug]',
  locale: 'en-US',
  market: 'US',
  device: 'phone',
  connection: '4g',
  metrics: [
    {
      name: 'LCP',
      value: 2100,
      delta: 2100,
      id: 'v5-1',
      rating: 'good',
      navigationType: 'navigate',
      attribution: { element: 'main img', resourceLoadDelay: 10 },
    },
    { name: 'CLS', value: 0, delta: 0, id: 'v5-2', rating: 'good', navigationType: 'navigate' },
  ],
};

describe('beaconSchema', () => {
  it('accepts a well-formed beacon and defaults variants', () => {
    expect(beaconSchema.parse(valid).variants).toEqual({});
  });

  it.each([
    ['a raw URL as route', { route: '/en-US/p/shirt?email=a@b.co' }],
    ['an unknown metric', { metrics: [{ ...valid.metrics[1], name: 'FID' }] }],
    ['a negative value', { metrics: [{ ...valid.metrics[0], value: -1 }] }],
    ['a huge value', { metrics: [{ ...valid.metrics[0], value: 1e12 }] }],
    ['a CLS above 10', { metrics: [{ ...valid.metrics[1], value: 11 }] }],
    [
      'an attribution field of another metric',
      { metrics: [{ ...valid.metrics[1], attribution: { element: 'img' } }] },
    ],
    ['no metrics', { metrics: [] }],
    ['an unknown top-level field', { userAgent: 'x' }],
    [
      'too many experiments',
      { variants: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`exp-${i}`, 'a'])) },
    ],
  ])('refuses %s', (_name, change) => {
    expect(beaconSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('refuses NaN and strings where numbers belong', () => {
    expect(
      beaconSchema.safeParse({ ...valid, metrics: [{ ...valid.metrics[0], value: Number.NaN }] })
        .success,
    ).toBe(false);
    expect(
      beaconSchema.safeParse({ ...valid, metrics: [{ ...valid.metrics[0], value: '2100' }] })
        .success,
    ).toBe(false);
  });
});
