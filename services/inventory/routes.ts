import { z } from 'zod';
import type { StockLedger } from './stock-ledger';
import type { Catalog } from '../catalog/catalog';
import { HttpError, notFound } from '../framework/errors';
import type { Route } from '../framework/types';
import { validateQuery } from '../framework/validate';

const MAX_SKUS = 100;

const stockQuery = z.object({
  skus: z
    .string()
    .min(1)
    .transform((value) => [
      ...new Set(
        value
          .split(',')
          .map((sku) => sku.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(100)).min(1).max(MAX_SKUS, `at most ${MAX_SKUS} skus`)),
});

export function inventoryRoutes(catalog: Catalog, ledger: StockLedger): Route[] {
  return [
    {
      method: 'GET',
      template: '/inventory/products/{productId}',
      service: 'inventory',
      handler: ({ params }) => {
        const product = catalog.product(params.productId ?? '');
        if (!product) throw notFound(`Product "${params.productId}"`);
        return { status: 200, json: { productId: product.id, items: ledger.itemsFor(product) } };
      },
    },
    {
      method: 'GET',
      template: '/inventory/stock',
      service: 'inventory',
      handler: ({ query }) => {
        const { skus } = validateQuery(stockQuery, query);
        const items = skus.map((sku) => ledger.item(sku));
        const unknownSkus = skus.filter((_, i) => items[i] === undefined);
        // All-or-nothing so callers never mistake a typo for "out of stock".
        if (unknownSkus.length > 0) {
          throw new HttpError(
            404,
            'unknown_sku',
            `${unknownSkus.length} unknown SKU(s), listed in unknownSkus`,
            {
              unknownSkus,
            },
          );
        }
        return { status: 200, json: { items } };
      },
    },
  ];
}
