import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  inBatches,
  localizedEntries,
  MAX_URLS_PER_SHARD,
  parseShardName,
  productEntries,
  productShardBatches,
  productShardCount,
  productShardRange,
  PRODUCTS_PER_SHARD,
  shardFileName,
  sitemapIndexXml,
  urlEntryXml,
  urlsetStream,
  type SlugPage,
} from './sitemap';

const SITE = 'https://shop.example';

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

/** A fake catalog of `total` products in id order, counting the calls and the largest page. */
function fakeCatalog(total: number) {
  const calls: { offset: number; limit: number }[] = [];
  const fetchPage = async (offset: number, limit: number): Promise<SlugPage> => {
    calls.push({ offset, limit });
    const items = [];
    for (let i = offset; i < Math.min(total, offset + limit); i++) {
      const id = `p${String(i + 1).padStart(6, '0')}`;
      items.push({ id, slug: `thing-${id}`, updatedAt: '2025-03-01T10:00:00.000Z' });
    }
    return { items, total };
  };
  return { fetchPage, calls };
}

describe('shard names and ranges', () => {
  it('accepts only categories.xml and products-<n>.xml', () => {
    expect(parseShardName('categories.xml')).toEqual({ kind: 'categories' });
    expect(parseShardName('products-1.xml')).toEqual({ kind: 'products', index: 1 });
    expect(parseShardName('products-40.xml')).toEqual({ kind: 'products', index: 40 });
    for (const bad of [
      'products-0.xml',
      'products-01.xml',
      'products-1',
      'products-x.xml',
      'brands.xml',
      '../etc/passwd',
      'products--1.xml',
    ]) {
      expect(parseShardName(bad), bad).toBeUndefined();
    }
    expect(shardFileName({ kind: 'products', index: 3 })).toBe('products-3.xml');
  });

  it('puts 2,500 products (10,000 URLs in four locales) in a shard', () => {
    expect(PRODUCTS_PER_SHARD).toBe(2500);
    expect(productShardCount(0)).toBe(0);
    expect(productShardCount(1)).toBe(1);
    expect(productShardCount(10_000)).toBe(4);
    expect(productShardCount(10_001)).toBe(5);
    expect(productShardCount(100_000)).toBe(40);
    expect(productShardRange(1, 10_001)).toEqual({ offset: 0, count: 2500 });
    expect(productShardRange(5, 10_001)).toEqual({ offset: 10_000, count: 1 });
    expect(productShardRange(6, 10_001)).toBeUndefined();
    expect(productShardRange(0, 10_001)).toBeUndefined();
  });
});

describe('XML', () => {
  it('escapes everything it writes', () => {
    expect(escapeXml(`a&b<c>"d"'e'`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
    const xml = urlEntryXml({
      loc: `${SITE}/en-US/c/a&b`,
      lastmod: '2025-01-01',
      alternates: [{ hreflang: 'x-default', href: `${SITE}/?a=1&b="2"` }],
    });
    expect(xml).toBe(
      `<url><loc>${SITE}/en-US/c/a&amp;b</loc><lastmod>2025-01-01</lastmod>` +
        `<xhtml:link rel="alternate" hreflang="x-default" href="${SITE}/?a=1&amp;b=&quot;2&quot;"/></url>\n`,
    );
  });

  it('gives a product one URL per locale, each with every locale and x-default as alternates', () => {
    const entries = productEntries(
      { id: 'p000001', slug: 'shirt-p000001', updatedAt: '2025-03-01T10:00:00.000Z' },
      SITE,
    );
    expect(entries.map((e) => e.loc)).toEqual([
      `${SITE}/en-US/p/shirt-p000001`,
      `${SITE}/de-DE/p/shirt-p000001`,
      `${SITE}/fr-FR/p/shirt-p000001`,
      `${SITE}/ja-JP/p/shirt-p000001`,
    ]);
    for (const entry of entries) {
      expect(entry.lastmod).toBe('2025-03-01T10:00:00.000Z');
      expect(entry.alternates).toEqual([
        { hreflang: 'en-US', href: `${SITE}/en-US/p/shirt-p000001` },
        { hreflang: 'de-DE', href: `${SITE}/de-DE/p/shirt-p000001` },
        { hreflang: 'fr-FR', href: `${SITE}/fr-FR/p/shirt-p000001` },
        { hreflang: 'ja-JP', href: `${SITE}/ja-JP/p/shirt-p000001` },
        { hreflang: 'x-default', href: `${SITE}/en-US/p/shirt-p000001` },
      ]);
    }
  });

  it('leaves out locales a page does not exist in', () => {
    const entries = localizedEntries(
      (locale) => (locale === 'ja-JP' ? undefined : `/${locale}/c/x`),
      SITE,
    );
    expect(entries).toHaveLength(3);
    expect(entries[0]!.alternates?.map((a) => a.hreflang)).toEqual([
      'en-US',
      'de-DE',
      'fr-FR',
      'x-default',
    ]);
    expect(entries[0]).not.toHaveProperty('lastmod');
  });

  it('writes a sitemap index', () => {
    expect(
      sitemapIndexXml([
        { loc: `${SITE}/sitemaps/categories.xml` },
        { loc: `${SITE}/sitemaps/products-1.xml` },
      ]),
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        `<sitemap><loc>${SITE}/sitemaps/categories.xml</loc></sitemap>\n` +
        `<sitemap><loc>${SITE}/sitemaps/products-1.xml</loc></sitemap>\n</sitemapindex>\n`,
    );
  });
});

describe('urlsetStream', () => {
  it('writes a complete urlset from batches', async () => {
    const entries = localizedEntries((locale) => `/${locale}`, SITE);
    const xml = await text(urlsetStream(inBatches(entries, 3)));
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n',
      ),
    ).toBe(true);
    expect(xml.endsWith('</urlset>\n')).toBe(true);
    expect(xml.match(/<url>/g)).toHaveLength(4);
  });

  it('never writes more than the limit', async () => {
    const entries = Array.from({ length: 25 }, (_, i) => ({ loc: `${SITE}/${i}` }));
    const xml = await text(urlsetStream(inBatches(entries, 10), 12));
    expect(xml.match(/<url>/g)).toHaveLength(12);
    expect(xml.endsWith('</urlset>\n')).toBe(true);
  });

  it('errors (never completes) when a batch fails', async () => {
    async function* failing() {
      yield [{ loc: `${SITE}/a` }];
      throw new Error('catalog down');
    }
    await expect(text(urlsetStream(failing()))).rejects.toThrow();
  });
});

describe('product shards', () => {
  it('cover every product exactly once per locale, 10,000 URLs at most per shard, a page at a time', async () => {
    const total = 5_600;
    const catalog = fakeCatalog(total);
    const seen = new Map<string, number>();
    for (let index = 1; index <= productShardCount(total); index++) {
      const range = productShardRange(index, total)!;
      const xml = await text(
        urlsetStream(productShardBatches(range, catalog.fetchPage, SITE, 500)),
      );
      const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(locs.length).toBeLessThanOrEqual(MAX_URLS_PER_SHARD);
      expect(xml.match(/hreflang="x-default"/g)).toHaveLength(locs.length);
      for (const loc of locs) seen.set(loc, (seen.get(loc) ?? 0) + 1);
    }
    expect(seen.size).toBe(total * 4);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    expect(Math.max(...catalog.calls.map((call) => call.limit))).toBe(500);
    expect(catalog.calls.every((call) => call.offset % 500 === 0)).toBe(true);
  });

  it('fills a full shard with exactly 10,000 URLs and starts from a page read ahead', async () => {
    const catalog = fakeCatalog(12_000);
    const range = productShardRange(2, 12_000)!;
    const first = await catalog.fetchPage(range.offset, 500);
    const xml = await text(
      urlsetStream(productShardBatches(range, catalog.fetchPage, SITE, 500, first)),
    );
    expect(xml.match(/<url>/g)).toHaveLength(10_000);
    expect(xml).toContain('/en-US/p/thing-p002501<');
    expect(xml).toContain('/ja-JP/p/thing-p005000<');
    expect(xml).not.toContain('thing-p005001');
    expect(catalog.calls.filter((call) => call.offset === range.offset)).toHaveLength(1);
  });

  it('reads the catalog lazily, as the stream is consumed', async () => {
    const catalog = fakeCatalog(10_000);
    const reader = urlsetStream(
      productShardBatches(productShardRange(1, 10_000)!, catalog.fetchPage, SITE, 500),
    ).getReader();
    await reader.read(); // the XML header
    await reader.read(); // the first page
    expect(catalog.calls).toHaveLength(1);
    await reader.cancel();
  });

  it('stops early when the catalog shrank since the index was written', async () => {
    const catalog = fakeCatalog(100);
    const xml = await text(
      urlsetStream(productShardBatches({ offset: 0, count: 2500 }, catalog.fetchPage, SITE, 500)),
    );
    expect(xml.match(/<url>/g)).toHaveLength(400);
  });
});
