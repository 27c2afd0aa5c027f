import { z } from 'zod';
import { lazyServiceClient } from '../transport/create-client';
import type { Result } from '../transport/result';
import { settle } from '../transport/settle';
import type { components, paths } from './schema';

export type ProductStock = components['schemas']['ProductStock'];

const api = lazyServiceClient<paths>('inventory');

const productStockSchema = z.object({
  productId: z.string(),
  items: z.array(
    z.object({ sku: z.string(), available: z.number().int().nonnegative(), status: z.string() }),
  ),
});

export const inventory = {
  /** Never cached by Next: callers decide how fresh is fresh enough. */
  async getProductStock(productId: string): Promise<Result<ProductStock>> {
    return settle(
      { service: 'inventory', operation: 'getProductStock' },
      api().GET('/inventory/products/{productId}', {
        params: { path: { productId } },
        cache: 'no-store',
      }),
      productStockSchema,
    );
  },
};
