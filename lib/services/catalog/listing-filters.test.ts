import { describe, expect, it } from 'vitest';
import { filterQuery, hasAnyFilter } from './listing-filters';

describe('listing filters', () => {
  it('joins lists and leaves out what is not set', () => {
    expect(
      filterQuery({ brand: ['canopy', 'northwind'], color: [], priceMin: 5000, inStock: false }),
    ).toEqual({
      brand: 'canopy,northwind',
      color: undefined,
      size: undefined,
      priceMin: 5000,
      priceMax: undefined,
      inStock: undefined,
    });
  });

  it('knows an empty filter set from a real one', () => {
    expect(hasAnyFilter({ brand: [], inStock: false })).toBe(false);
    expect(hasAnyFilter({ priceMax: 0 })).toBe(true);
    expect(hasAnyFilter({ inStock: true })).toBe(true);
  });
});
