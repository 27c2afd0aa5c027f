import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Product, ProductSummary } from '@/lib/services/catalog/types';

beforeAll(() => {
  vi.stubEnv('WEBHOOK_SECRET', 'x'.repeat(32));
  vi.stubEnv('SITE_URL', 'https://shop.example');
});

const {
  breadcrumbJsonLd,
  itemListJsonLd,
  organizationJsonLd,
  productJsonLd,
  serializeJsonLd,
  webSiteJsonLd,
} = await import('./json-ld');

const EVIL = '</script><script>alert(1)</script>';

const image = (n: number) => ({
  url: `https://media.example/p/${n}.webp`,
  width: 1200,
  height: 1500,
  alt: `Image ${n}`,
});
const money = (amount: number, currency: 'USD' | 'EUR' | 'JPY' = 'USD') => ({ amount, currency });

function product(overrides: Partial<Product> = {}): Product {
  return {
    id: 'p000001',
    slug: 'linen-shirt-p000001',
    name: 'Linen shirt',
    brand: { id: 'b001', name: 'Northwind', slug: 'northwind' },
    categoryId: 'c002',
    image: image(0),
    imageColor: 'sand',
    price: money(4999),
    compareAtPrice: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    rank: 1,
    rating: 4.5,
    reviewCount: 120,
    categoryPath: ['c001', 'c002'],
    description: 'A shirt',
    images: [image(0), image(1)],
    imagesByColor: { sand: [image(0), image(1)] },
    options: [],
    specs: [],
    updatedAt: '2025-02-01T00:00:00.000Z',
    variants: [
      {
        sku: 'p000001-navy-m',
        options: { color: 'navy', size: 'm' },
        price: money(4999),
        compareAtPrice: null,
      },
      {
        sku: 'p000001-navy-l',
        options: { color: 'navy', size: 'l' },
        price: money(5999),
        compareAtPrice: money(6999),
      },
      {
        sku: 'p000001-red-s',
        options: { color: 'red', size: 's' },
        price: money(4999),
        compareAtPrice: null,
      },
    ],
    ...overrides,
  };
}

describe('serializeJsonLd', () => {
  it('cannot be broken out of with a closing script tag', () => {
    const data = { '@type': 'Product', name: EVIL, note: 'a & b <!-- c --> \u2028\u2029' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).toContain(
      '\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
    );
    expect(json).toContain('a \\u0026 b \\u003c!-- c --\\u003e \\u2028\\u2029');
    expect(JSON.parse(json)).toEqual(data);
  });

  it('round-trips a whole product node', () => {
    const node = productJsonLd(product({ name: EVIL, description: EVIL }), { locale: 'en-US' });
    const json = serializeJsonLd(node);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(node);
  });
});

describe('productJsonLd', () => {
  it('is a Product with brand, images, rating and one offer per variant', () => {
    const node = productJsonLd(product(), { locale: 'en-US' });
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Linen shirt',
      url: 'https://shop.example/en-US/p/linen-shirt-p000001',
      image: ['https://media.example/p/0.webp', 'https://media.example/p/1.webp'],
      brand: { '@type': 'Brand', name: 'Northwind' },
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.5, reviewCount: 120 },
    });
    expect(node.offers).toEqual([
      {
        '@type': 'Offer',
        sku: 'p000001-navy-m',
        url: 'https://shop.example/en-US/p/linen-shirt-p000001?color=navy&size=m',
        price: '49.99',
        priceCurrency: 'USD',
        itemCondition: 'https://schema.org/NewCondition',
      },
      expect.objectContaining({
        sku: 'p000001-navy-l',
        price: '59.99',
        url: 'https://shop.example/en-US/p/linen-shirt-p000001?color=navy&size=l',
      }),
      expect.objectContaining({ sku: 'p000001-red-s', price: '49.99' }),
    ]);
  });

  it('prices yen without decimals and maps stock to schema.org availability', () => {
    const yen = product({
      variants: [
        {
          sku: 'a',
          options: { color: 'navy', size: 'm' },
          price: money(4350, 'JPY'),
          compareAtPrice: null,
        },
        {
          sku: 'b',
          options: { color: 'navy', size: 'l' },
          price: money(4350, 'JPY'),
          compareAtPrice: null,
        },
        {
          sku: 'c',
          options: { color: 'navy', size: 's' },
          price: money(4350, 'JPY'),
          compareAtPrice: null,
        },
        {
          sku: 'd',
          options: { color: 'navy', size: 'xs' },
          price: money(4350, 'JPY'),
          compareAtPrice: null,
        },
      ],
    });
    const availabilityBySku = new Map([
      ['a', 'in_stock'],
      ['b', 'low_stock'],
      ['c', 'out_of_stock'],
    ] as const);
    const offers = productJsonLd(yen, {
      locale: 'ja-JP',
      url: '/ja-JP/p/x-p000001',
      availabilityBySku,
    }).offers as Record<string, unknown>[];
    expect(offers.map((offer) => [offer.price, offer.priceCurrency, offer.availability])).toEqual([
      ['4350', 'JPY', 'https://schema.org/InStock'],
      ['4350', 'JPY', 'https://schema.org/LimitedAvailability'],
      ['4350', 'JPY', 'https://schema.org/OutOfStock'],
      ['4350', 'JPY', undefined],
    ]);
    expect(offers[0]!.url).toBe('https://shop.example/ja-JP/p/x-p000001?color=navy&size=m');
  });

  it('leaves out a rating nobody gave', () => {
    expect(productJsonLd(product({ reviewCount: 0 }), { locale: 'en-US' })).not.toHaveProperty(
      'aggregateRating',
    );
  });

  it('lists only the reviews the page shows, each in its own language', () => {
    const shown = {
      id: 'rv-1',
      rating: 2 as const,
      title: 'Runs small </script>',
      body: 'Order a size up.',
      authorName: 'Jonas K.',
      locale: 'de-DE' as const,
      createdAt: '2026-10-02T09:30:00.000Z',
      helpfulCount: 3,
    };
    expect(productJsonLd(product(), { locale: 'en-US' })).not.toHaveProperty('review');
    const node = productJsonLd(product(), { locale: 'en-US', reviews: [shown] });
    expect(node.review).toEqual([
      {
        '@type': 'Review',
        name: 'Runs small </script>',
        reviewBody: 'Order a size up.',
        inLanguage: 'de-DE',
        datePublished: '2026-10-02',
        author: { '@type': 'Person', name: 'Jonas K.' },
        reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1 },
      },
    ]);
    expect(serializeJsonLd(node)).not.toContain('</script>');
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers items from 1 with absolute URLs; the current page may have none', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: '/en-US' },
        { name: 'Women', url: '/en-US/c/women' },
        { name: 'Linen shirt' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://shop.example/en-US' },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Women',
          item: 'https://shop.example/en-US/c/women',
        },
        { '@type': 'ListItem', position: 3, name: 'Linen shirt' },
      ],
    });
  });
});

describe('itemListJsonLd', () => {
  it('lists product URLs in order', () => {
    const items = [
      product(),
      product({ id: 'p000002', slug: 'wool-hat-p000002', name: 'Wool hat' }),
    ] as ProductSummary[];
    const node = itemListJsonLd(items, (item) => `/de-DE/p/${item.slug}`, { name: 'Best sellers' });
    expect(node).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: 'Best sellers',
      numberOfItems: 2,
      itemListElement: [
        {
          '@type': 'ListItem',
          position: 1,
          url: 'https://shop.example/de-DE/p/linen-shirt-p000001',
          name: 'Linen shirt',
        },
        {
          '@type': 'ListItem',
          position: 2,
          url: 'https://shop.example/de-DE/p/wool-hat-p000002',
          name: 'Wool hat',
        },
      ],
    });
  });
});

describe('site nodes', () => {
  it('describes the organization', () => {
    expect(organizationJsonLd()).toMatchObject({
      '@type': 'Organization',
      name: 'Northwind Supply',
      url: 'https://shop.example/',
    });
  });

  it('gives the website a search action on the locale search page', () => {
    expect(webSiteJsonLd('fr-FR')).toMatchObject({
      '@type': 'WebSite',
      url: 'https://shop.example/fr-FR',
      inLanguage: 'fr-FR',
      potentialAction: {
        '@type': 'SearchAction',
        target: {
          '@type': 'EntryPoint',
          urlTemplate: 'https://shop.example/fr-FR/search?q={search_term_string}',
        },
        'query-input': 'required name=search_term_string',
      },
    });
  });
});
