import { z } from 'zod';
import { cacheLifetimes, cacheTags } from '@/lib/cache/manifest';
import type { Result } from '../transport/result';
import { settle } from '../transport/settle';
import { catalogApi as api, catalogOperation as op } from './api';

interface ProductSlug {
  id: string;
  slug: string;
  /** ISO 8601 date-time. */
  updatedAt: string;
}

export interface ProductSlugPage {
  items: ProductSlug[];
  /** Every product in the catalog, not just this page. */
  total: number;
}

const productSlugPageSchema = z.object({
  items: z.array(
    z.object({ id: z.string().min(1), slug: z.string().min(1), updatedAt: z.string().min(1) }),
  ),
  total: z.number().int().nonnegative(),
});

/** Product slugs in id order, `limit` (1..10,000) from `offset`: what sitemaps walk. */
export async function listProductSlugs(
  offset: number,
  limit: number,
): Promise<Result<ProductSlugPage>> {
  return settle(
    op('listProductSlugs'),
    api().GET('/catalog/product-slugs', {
      params: { query: { offset, limit } },
      next: { revalidate: cacheLifetimes.sitemap, tags: [cacheTags.sitemap] },
    }),
    productSlugPageSchema,
  );
}
