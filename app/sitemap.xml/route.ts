import { siteUrl } from '@/lib/seo/site-url';
import { productShardCount, shardFileName, sitemapIndexXml } from '@/lib/seo/sitemap';
import { productTotal } from '@/lib/seo/sitemap-source';

// Rendered per request (SITE_URL and the catalog size are run-time facts); the catalog read
// behind it is cached for an hour and CDNs may keep the answer as long.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  let total: number;
  try {
    total = await productTotal();
  } catch {
    return new Response('Sitemap temporarily unavailable\n', {
      status: 503,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        'retry-after': '60',
      },
    });
  }
  const site = siteUrl();
  const shards = [
    { kind: 'categories' as const },
    ...Array.from({ length: productShardCount(total) }, (_, i) => ({
      kind: 'products' as const,
      index: i + 1,
    })),
  ];
  const xml = sitemapIndexXml(
    shards.map((shard) => ({ loc: `${site}/sitemaps/${shardFileName(shard)}` })),
  );
  return new Response(xml, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': 'public, s-maxage=3600',
    },
  });
}
