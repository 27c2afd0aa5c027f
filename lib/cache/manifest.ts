/**
 * The one place that names cache tags and says how long things live. Typed clients, page data,
 * the live-stock route, the service worker's registration and the revalidation webhook read
 * from here; Next requires route segments' `revalidate` exports to be literals, so a unit test
 * finds every such export under app/ and keeps it in step with this file.
 */
export const cacheLifetimes = {
  /** ISR window of product, category and home pages, in seconds. */
  page: 300,
  /** Catalog reads behind those pages: the same window, so a regeneration sees fresh data. */
  catalog: 300,
  /**
   * Related products are decoration on a product page; their list outlives the page's window,
   * so regenerating a product page costs one catalog call. Webhooks still expire it on change.
   */
  related: 3600,
  /** The category tree changes rarely; the webhook expires it when it does. */
  categoryTree: 3600,
  /** Sitemap shards: crawlers tolerate an hour; product pages carry their own freshness. */
  sitemap: 3600,
  /** OpenGraph cards: a shared link's preview may lag a price change by an hour. */
  ogImage: 3600,
  /** Live price and stock shown over a cached page. */
  live: 10,
  /**
   * Search results per query (lib/services/search/cached-search.ts): short, because only the
   * products on the page carry tags, so a change elsewhere (a renamed product that now matches,
   * a facet count) shows within this window rather than at once.
   */
  search: 60,
} as const;

export type EntityType = 'product' | 'category' | 'collection';

export const cacheTags = {
  product: (id: string) => `product:${id}`,
  category: (id: string) => `category:${id}`,
  collection: (id: string) => `collection:${id}`,
  categoryTree: 'categories',
  sitemap: 'sitemap',
} as const;

export function tagForEntity(entity: { type: EntityType; id: string }): string {
  return cacheTags[entity.type](entity.id);
}
