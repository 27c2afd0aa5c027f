import { beforeAll, describe, expect, it, vi } from 'vitest';

beforeAll(() => {
  vi.stubEnv('WEBHOOK_SECRET', 'x'.repeat(32));
  vi.stubEnv('SITE_URL', 'https://shop.example/');
});

const { ogLocale, pageMetadata, siteMetadataDefaults } = await import('./metadata');
const { decimalPrice } = await import('./price');

describe('pageMetadata', () => {
  it('writes an absolute canonical and hreflang alternates for every locale plus x-default', () => {
    const metadata = pageMetadata({
      locale: 'de-DE',
      path: '/c/shoes',
      title: 'Schuhe',
      description: 'Alle Schuhe',
    });
    expect(metadata.alternates).toEqual({
      canonical: 'https://shop.example/de-DE/c/shoes',
      languages: {
        'en-US': 'https://shop.example/en-US/c/shoes',
        'de-DE': 'https://shop.example/de-DE/c/shoes',
        'fr-FR': 'https://shop.example/fr-FR/c/shoes',
        'ja-JP': 'https://shop.example/ja-JP/c/shoes',
        'x-default': 'https://shop.example/en-US/c/shoes',
      },
    });
  });

  it('fills OpenGraph and a large Twitter card', () => {
    const metadata = pageMetadata({
      locale: 'ja-JP',
      path: '',
      title: 'Home',
      description: 'Desc',
      image: { url: '/og.png', width: 1200, height: 630, alt: 'Card' },
    });
    expect(metadata.title).toBe('Home');
    expect(metadata.openGraph).toEqual({
      type: 'website',
      title: 'Home',
      description: 'Desc',
      url: 'https://shop.example/ja-JP',
      siteName: 'Northwind Supply',
      locale: 'ja_JP',
      alternateLocale: ['en_US', 'de_DE', 'fr_FR'],
      images: [{ url: 'https://shop.example/og.png', width: 1200, height: 630, alt: 'Card' }],
    });
    expect(metadata.twitter).toEqual({
      card: 'summary_large_image',
      title: 'Home',
      description: 'Desc',
      images: [{ url: 'https://shop.example/og.png', alt: 'Card' }],
    });
    expect(metadata.robots).toBeUndefined();
  });

  it('leaves images to the file-based opengraph-image when none is given', () => {
    const metadata = pageMetadata({ locale: 'en-US', path: '', title: 'T', description: 'D' });
    expect(metadata.openGraph).not.toHaveProperty('images');
    expect(metadata.twitter).not.toHaveProperty('images');
  });

  it('marks products through og:type and product price tags', () => {
    const metadata = pageMetadata({
      locale: 'en-US',
      path: '/p/linen-shirt-p000001',
      title: 'Linen shirt',
      description: 'A shirt',
      type: 'product',
      price: { amount: 4999, currency: 'USD' },
    });
    expect(metadata.openGraph).not.toHaveProperty('type');
    expect(metadata.other).toEqual({
      'og:type': 'product',
      'product:price:amount': '49.99',
      'product:price:currency': 'USD',
    });
  });

  it('keeps noindex pages out of the index but lets crawlers follow links', () => {
    const metadata = pageMetadata({
      locale: 'en-US',
      path: '/search',
      title: 'Search',
      description: 'D',
      noindex: true,
    });
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });

  it('can bypass the layout title template', () => {
    expect(
      pageMetadata({ locale: 'en-US', path: '', title: 'T', description: 'D', absoluteTitle: true })
        .title,
    ).toEqual({ absolute: 'T' });
  });
});

describe('siteMetadataDefaults', () => {
  it('sets metadataBase, the title template and site-wide cards', () => {
    const metadata = siteMetadataDefaults({ locale: 'fr-FR', description: 'Tagline' });
    expect(String(metadata.metadataBase)).toBe('https://shop.example/');
    expect(metadata.title).toEqual({
      default: 'Northwind Supply',
      template: '%s | Northwind Supply',
    });
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      siteName: 'Northwind Supply',
      locale: 'fr_FR',
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
  });
});

describe('helpers', () => {
  it('formats OpenGraph locales', () => {
    expect(ogLocale('en-US')).toBe('en_US');
  });

  it('turns minor units into a decimal string per currency', () => {
    expect(decimalPrice(4999, 'USD')).toBe('49.99');
    expect(decimalPrice(5, 'EUR')).toBe('0.05');
    expect(decimalPrice(100, 'EUR')).toBe('1.00');
    expect(decimalPrice(4350, 'JPY')).toBe('4350');
    expect(decimalPrice(-250, 'USD')).toBe('-2.50');
  });
});
