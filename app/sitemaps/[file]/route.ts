import { AsyncLocalStorage } from 'node:async_hooks';
import { siteUrl } from '@/lib/seo/site-url';
import {
  inBatches,
  parseShardName,
  productShardBatches,
  PRODUCTS_PER_SHARD,
  productShardRange,
  SLUG_PAGE_SIZE,
  urlsetStream,
  type SlugPage,
  type UrlEntry,
} from '@/lib/seo/sitemap';
import { fetchSlugPage, homeAndCategoryEntries } from '@/lib/seo/sitemap-source';

export const dynamic = 'force-dynamic';

const XML_HEADERS = {
  'content-type': 'application/xml; charset=utf-8',
  'cache-control': 'public, s-maxage=3600',
};

function plain(status: number, body: string, extra: Record<string, string> = {}): Response {
  return new Response(`${body}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra },
  });
}

/**
 * /sitemaps/categories.xml and /sitemaps/products-<n>.xml. A product shard streams: slugs are
 * fetched a page at a time as the response is written, so memory stays flat at any catalog
 * size. The first page is read before answering, so an outage is a 503, not a cached stub.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const shard = parseShardName((await params).file);
  if (!shard) return plain(404, 'Not found');
  const site = siteUrl();

  if (shard.kind === 'categories') {
    let entries: UrlEntry[];
    try {
      entries = await homeAndCategoryEntries(site);
    } catch {
      return plain(503, 'Sitemap temporarily unavailable', { 'retry-after': '60' });
    }
    return new Response(urlsetStream(inBatches(entries, 1000)), { headers: XML_HEADERS });
  }

  let firstPage: SlugPage;
  let range: { offset: number; count: number } | undefined;
  try {
    // The total comes with the first page; if the shard is out of range that page is empty.
    firstPage = await fetchSlugPage((shard.index - 1) * PRODUCTS_PER_SHARD, SLUG_PAGE_SIZE);
    range = productShardRange(shard.index, firstPage.total);
  } catch {
    return plain(503, 'Sitemap temporarily unavailable', { 'retry-after': '60' });
  }
  if (!range) return plain(404, 'Not found');
  // The stream reads on after this handler has returned; running those reads in the request's
  // async context keeps them in Next's data cache (tagged, an hour) like the first one.
  const inRequest = AsyncLocalStorage.snapshot();
  const fetchInRequest = (offset: number, limit: number) =>
    inRequest(() => fetchSlugPage(offset, limit));
  return new Response(
    urlsetStream(productShardBatches(range, fetchInRequest, site, SLUG_PAGE_SIZE, firstPage)),
    { headers: XML_HEADERS },
  );
}
