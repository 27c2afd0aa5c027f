import { describe, expect, it } from 'vitest';
import {
  parseWishlist,
  serializeWishlist,
  WISHLIST_LIMIT,
  wishlistFromCookieHeader,
  withProduct,
} from './wishlist-cookie';

const ids = (count: number, from = 1) =>
  Array.from({ length: count }, (_, index) => `p${String(from + index).padStart(6, '0')}`);

describe('parseWishlist', () => {
  it('reads product ids joined by dots, in their order', () => {
    expect(parseWishlist('p000003.p000001.p000002')).toEqual(['p000003', 'p000001', 'p000002']);
  });

  it('reads nothing from a missing or empty cookie', () => {
    expect(parseWishlist(undefined)).toEqual([]);
    expect(parseWishlist('')).toEqual([]);
  });

  it('ignores whatever a tampered cookie holds that is not a product id', () => {
    const tampered = 'p000001..p12.p0000001.<script>.P000002.p000003%20.p000004';
    expect(parseWishlist(tampered)).toEqual(['p000001', 'p000004']);
    expect(parseWishlist('{"ids":["p000001"]}')).toEqual([]);
  });

  it('keeps each product once, where it first appears', () => {
    expect(parseWishlist('p000002.p000001.p000002')).toEqual(['p000002', 'p000001']);
  });

  it('keeps at most 50, the newest', () => {
    const parsed = parseWishlist(ids(80).join('.'));
    expect(parsed).toHaveLength(WISHLIST_LIMIT);
    expect(parsed[0]).toBe('p000001');
    expect(parsed.at(-1)).toBe('p000050');
  });
});

describe('wishlistFromCookieHeader', () => {
  it('finds the wishlist among other cookies', () => {
    expect(wishlistFromCookieHeader('cart_items=2; wishlist=p000001.p000002; signed_in=1')).toEqual(
      ['p000001', 'p000002'],
    );
    expect(wishlistFromCookieHeader('wishlist=p000009')).toEqual(['p000009']);
  });

  it('is not fooled by a cookie whose name only ends the same', () => {
    expect(wishlistFromCookieHeader('old_wishlist=p000001')).toEqual([]);
    expect(wishlistFromCookieHeader('')).toEqual([]);
  });
});

describe('withProduct and serializeWishlist', () => {
  it('saves newest first, and a product saved again moves to the front', () => {
    expect(withProduct(['p000001', 'p000002'], 'p000003', true)).toEqual([
      'p000003',
      'p000001',
      'p000002',
    ]);
    expect(withProduct(['p000001', 'p000002'], 'p000002', true)).toEqual(['p000002', 'p000001']);
  });

  it('removes a product, and removing one that is not there changes nothing', () => {
    expect(withProduct(['p000001', 'p000002'], 'p000001', false)).toEqual(['p000002']);
    expect(withProduct(['p000001'], 'p000009', false)).toEqual(['p000001']);
  });

  it('drops the oldest when a save passes the limit', () => {
    const full = ids(WISHLIST_LIMIT);
    const saved = withProduct(full, 'p999999', true);
    expect(saved).toHaveLength(WISHLIST_LIMIT);
    expect(saved[0]).toBe('p999999');
    expect(saved).not.toContain(full.at(-1));
  });

  it('writes what it reads back, and never anything else', () => {
    expect(serializeWishlist(['p000002', 'p000001'])).toBe('p000002.p000001');
    expect(serializeWishlist(['p000001', 'p1; Domain=evil', 'p000001'])).toBe('p000001');
    expect(serializeWishlist([])).toBe('');
  });
});
