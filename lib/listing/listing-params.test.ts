import { describe, expect, it } from 'vitest';
import { hasFilters, listingHref, parseListingParams, toggleValue } from './listing-params';

describe('listing params', () => {
  it('parses lists, numbers, sort and cursor', () => {
    const params = parseListingParams({
      brand: 'canopy,northwind',
      color: ['sand', 'navy'],
      priceMin: '20',
      priceMax: '80',
      inStock: '1',
      sort: 'price_asc',
      cursor: 'eyJvIjoyNH0',
    });
    expect(params).toEqual({
      brand: ['canopy', 'northwind'],
      color: ['sand', 'navy'],
      size: [],
      priceMin: 20,
      priceMax: 80,
      inStock: true,
      sort: 'price_asc',
      cursor: 'eyJvIjoyNH0',
    });
  });

  it('drops nonsense instead of failing', () => {
    const params = parseListingParams({
      brand: '<script>alert(1)</script>,ok',
      priceMin: '-5',
      priceMax: 'lots',
      sort: 'cheapest',
      cursor: '../../etc',
      size: 'x'.repeat(100),
    });
    expect(params).toEqual({
      brand: ['ok'],
      color: [],
      size: [],
      priceMin: undefined,
      priceMax: undefined,
      inStock: false,
      sort: undefined,
      cursor: undefined,
    });
    expect(hasFilters(params)).toBe(true);
    expect(hasFilters(parseListingParams({}))).toBe(false);
  });

  it('swaps a reversed price range and caps the number of values', () => {
    expect(parseListingParams({ priceMin: '90', priceMax: '10' })).toMatchObject({
      priceMin: 10,
      priceMax: 90,
    });
    expect(
      parseListingParams({ color: Array.from({ length: 50 }, (_, i) => `c${i}`).join(',') }).color,
    ).toHaveLength(20);
  });

  it('builds hrefs that reset the cursor on any change', () => {
    const params = parseListingParams({ brand: 'canopy', cursor: 'abc', sort: 'newest' });
    expect(
      listingHref('/en-US/c/women', params, { brand: toggleValue(params.brand, 'northwind') }),
    ).toBe('/en-US/c/women?brand=canopy%2Cnorthwind&sort=newest');
    expect(listingHref('/en-US/c/women', params, { brand: [], sort: undefined })).toBe(
      '/en-US/c/women',
    );
    expect(listingHref('/en-US/search', parseListingParams({}), {}, { q: 'linen shirt' })).toBe(
      '/en-US/search?q=linen+shirt',
    );
    const category = { plain: '/en-US/c/women', filtered: '/en-US/c/women/filter' };
    expect(listingHref(category, params, { sort: 'price_asc' })).toBe(
      '/en-US/c/women/filter?brand=canopy&sort=price_asc',
    );
    expect(listingHref(category, params, { brand: [], sort: undefined })).toBe('/en-US/c/women');
  });
});
