import { defaultLocale, locales, type Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';

/**
 * Sitemap XML, written as a stream. Pure: it knows URLs and XML, not where slugs come from,
 * so the route handlers feed it pages from the catalog and the tests feed it fake data.
 */

/** The sitemaps.org limit is 50,000; 10,000 keeps every shard small and quick to regenerate. */
export const MAX_URLS_PER_SHARD = 10_000;
/** A product is one <url> per locale. */
export const PRODUCTS_PER_SHARD = Math.floor(MAX_URLS_PER_SHARD / locales.length);
/** Slugs fetched per catalog call while a shard streams: memory stays at one page. */
export const SLUG_PAGE_SIZE = 500;

const SITEMAP_XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_XMLNS = 'http://www.w3.org/1999/xhtml';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

export type ShardName = { kind: 'categories' } | { kind: 'products'; index: number };

/** "categories.xml" or "products-<n>.xml" (n from 1, no leading zeros); anything else is unknown. */
export function parseShardName(file: string): ShardName | undefined {
  if (file === 'categories.xml') return { kind: 'categories' };
  const match = /^products-([1-9]\d{0,6})\.xml$/.exec(file);
  return match ? { kind: 'products', index: Number(match[1]) } : undefined;
}

export function shardFileName(shard: ShardName): string {
  return shard.kind === 'categories' ? 'categories.xml' : `products-${shard.index}.xml`;
}

export function productShardCount(productTotal: number): number {
  return Math.ceil(Math.max(0, productTotal) / PRODUCTS_PER_SHARD);
}

/** The products of shard n (1-based) in catalog id order: [offset, offset + count). */
export function productShardRange(
  index: number,
  productTotal: number,
): { offset: number; count: number } | undefined {
  if (!Number.isInteger(index) || index < 1 || index > productShardCount(productTotal))
    return undefined;
  const offset = (index - 1) * PRODUCTS_PER_SHARD;
  return { offset, count: Math.min(PRODUCTS_PER_SHARD, productTotal - offset) };
}

interface Alternate {
  hreflang: string;
  href: string;
}

export interface UrlEntry {
  loc: string;
  /** ISO 8601 date-time. */
  lastmod?: string;
  alternates?: Alternate[];
}

/** One entry per locale, each listing every locale and x-default as alternates. */
export function localizedEntries(
  pathOf: (locale: Locale) => string | undefined,
  site: string,
  lastmod?: string,
): UrlEntry[] {
  const present = locales.flatMap((locale) => {
    const path = pathOf(locale);
    return path === undefined ? [] : [{ locale, href: `${site}${path}` }];
  });
  const fallback = present.find((p) => p.locale === defaultLocale) ?? present[0];
  if (!fallback) return [];
  const alternates: Alternate[] = [
    ...present.map(({ locale, href }) => ({ hreflang: locale, href })),
    { hreflang: 'x-default', href: fallback.href },
  ];
  return present.map(({ href }) => ({ loc: href, ...(lastmod && { lastmod }), alternates }));
}

export interface ProductSlugItem {
  id: string;
  slug: string;
  updatedAt?: string;
}

export function productEntries(product: ProductSlugItem, site: string): UrlEntry[] {
  return localizedEntries(
    (locale) => routes.product(locale, product.slug),
    site,
    product.updatedAt,
  );
}

export function urlEntryXml(entry: UrlEntry): string {
  const parts = [`<url><loc>${escapeXml(entry.loc)}</loc>`];
  if (entry.lastmod) parts.push(`<lastmod>${escapeXml(entry.lastmod)}</lastmod>`);
  for (const alternate of entry.alternates ?? []) {
    parts.push(
      `<xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.href)}"/>`,
    );
  }
  parts.push('</url>\n');
  return parts.join('');
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const URLSET_OPEN = `${XML_DECLARATION}<urlset xmlns="${SITEMAP_XMLNS}" xmlns:xhtml="${XHTML_XMLNS}">\n`;
const URLSET_CLOSE = '</urlset>\n';

export function sitemapIndexXml(sitemaps: { loc: string; lastmod?: string }[]): string {
  const body = sitemaps
    .map(
      (s) =>
        `<sitemap><loc>${escapeXml(s.loc)}</loc>${s.lastmod ? `<lastmod>${escapeXml(s.lastmod)}</lastmod>` : ''}</sitemap>\n`,
    )
    .join('');
  return `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_XMLNS}">\n${body}</sitemapindex>\n`;
}

/**
 * A <urlset> as a byte stream, pulled batch by batch from `batches`, so only one batch of
 * entries is in memory however large the shard. Stops at `maxUrls` (a shard never exceeds its
 * limit). A failing batch errors the stream: the response is cut off rather than completed
 * with a partial list a cache would keep.
 */
export function urlsetStream(
  batches: AsyncIterable<UrlEntry[]>,
  maxUrls: number = MAX_URLS_PER_SHARD,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let written = 0;
  let opened = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!opened) {
        opened = true;
        controller.enqueue(encoder.encode(URLSET_OPEN));
        return;
      }
      const next =
        written < maxUrls ? await iterator.next() : { done: true as const, value: undefined };
      if (next.done) {
        if (written >= maxUrls) await iterator.return?.();
        controller.enqueue(encoder.encode(URLSET_CLOSE));
        controller.close();
        return;
      }
      const room = maxUrls - written;
      const entries = next.value.length > room ? next.value.slice(0, room) : next.value;
      written += entries.length;
      if (entries.length > 0) controller.enqueue(encoder.encode(entries.map(urlEntryXml).join('')));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export interface SlugPage {
  items: ProductSlugItem[];
  total: number;
}

/**
 * The products of one shard, fetched `pageSize` at a time as the stream asks for them.
 * `fetchPage` throws on failure (the stream then errors).
 */
export async function* productShardBatches(
  range: { offset: number; count: number },
  fetchPage: (offset: number, limit: number) => Promise<SlugPage>,
  site: string,
  pageSize: number = SLUG_PAGE_SIZE,
  firstPage?: SlugPage,
): AsyncGenerator<UrlEntry[]> {
  const end = range.offset + range.count;
  let offset = range.offset;
  let page = firstPage;
  while (offset < end) {
    const limit = Math.min(pageSize, end - offset);
    page ??= await fetchPage(offset, limit);
    const items = page.items.slice(0, end - offset);
    page = undefined;
    if (items.length === 0) return; // the catalog shrank since the index was written
    offset += items.length;
    yield items.flatMap((item) => productEntries(item, site));
  }
}

/** Stream helper for tests and small lists. */
export async function* inBatches<T>(items: readonly T[], size: number): AsyncGenerator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
