import { describe, expect, it } from 'vitest';
import { isKeptPage, isShopperPage, keptPageKey, offlinePathFor } from './page-rules';

const at = (path: string) => new URL(path, 'https://shop.example');

describe('isKeptPage', () => {
  it('keeps catalog pages of a locale', () => {
    for (const path of [
      '/en-US',
      '/de-DE/',
      '/fr-FR/c/women',
      '/ja-JP/p/linen-shirt',
      '/en-US/search?q=wool',
      '/en-US/c/women/filter?color=red',
    ]) {
      expect(isKeptPage(at(path)), path).toBe(true);
    }
  });

  it("never keeps a shopper's own pages, the offline page, RSC payloads or unlocalized paths", () => {
    for (const path of [
      '/en-US/cart',
      '/en-US/checkout/payment',
      '/en-US/order/o1',
      '/en-US/offline',
      '/en-US/p/x?_rsc=1',
      '/ops/vitals',
      '/api/cart',
      '/',
    ]) {
      expect(isKeptPage(at(path)), path).toBe(false);
    }
  });
});

describe('isShopperPage', () => {
  it('is the cart, checkout and order pages only', () => {
    expect(
      ['/en-US/cart', '/de-DE/checkout/address', '/ja-JP/order/lookup'].every(isShopperPage),
    ).toBe(true);
    expect(
      ['/en-US', '/en-US/p/cart', '/en-US/c/checkout', '/en-US/offline'].some(isShopperPage),
    ).toBe(false);
  });
});

describe('keptPageKey', () => {
  it("drops a product page's option query and the app's start marker, keeps listing queries", () => {
    expect(keptPageKey(at('/en-US/p/tee?color=red&size=m'))).toBe(
      'https://shop.example/en-US/p/tee',
    );
    expect(keptPageKey(at('/en-US?source=pwa'))).toBe('https://shop.example/en-US');
    expect(keptPageKey(at('/en-US/c/women/filter?color=red&source=pwa#top'))).toBe(
      'https://shop.example/en-US/c/women/filter?color=red',
    );
  });
});

describe('offlinePathFor', () => {
  it("is the offline page in the failed page's language, else the default", () => {
    expect(offlinePathFor(at('/ja-JP/p/tee'))).toBe('/ja-JP/offline');
    expect(offlinePathFor(at('/ops/vitals'))).toBe('/en-US/offline');
  });
});
