import { z } from 'zod';
import type { AdminGuard } from './auth';
import type { ProductOverrideStore } from './product-overrides';
import type { Catalog } from '../catalog/catalog';
import { productPatchSchema } from '../catalog/overrides';
import type { CatalogViews } from '../catalog/views';
import { notFound } from '../framework/errors';
import type { RequestContext, Route } from '../framework/types';
import { validate } from '../framework/validate';
import type { StockLedger } from '../inventory/stock-ledger';
import type { WebhookDispatcher } from '../webhooks/dispatcher';
import { productChangedEvent } from '../webhooks/event';

const stockBody = z.object({ available: z.number().int().min(0).max(1_000_000) }).strict();

interface AdminDependencies {
  guard: AdminGuard;
  catalog: Catalog;
  views: CatalogViews;
  overrides: ProductOverrideStore;
  ledger: StockLedger;
  webhooks: WebhookDispatcher;
  /** A sold-out SKU has stock again: whoever asked to be told is (services/customers). */
  restocked(sku: string): Promise<unknown>;
}

export function adminRoutes({
  guard,
  catalog,
  views,
  overrides,
  ledger,
  webhooks,
  restocked,
}: AdminDependencies): Route[] {
  /** Authenticate before reading the body, so unauthenticated callers learn nothing about validation. */
  const authorizedBody = async ({ headers, readJson }: RequestContext) => {
    guard(headers);
    return readJson();
  };

  return [
    {
      method: 'PATCH',
      template: '/admin/products/{productId}',
      service: 'admin',
      handler: async (context) => {
        const body = await authorizedBody(context);
        const product = catalog.product(context.params.productId ?? '');
        if (!product) throw notFound('Product');
        await overrides.patch(product, validate(productPatchSchema, body));
        const webhook = await webhooks.dispatch(
          productChangedEvent('product.updated', catalog, product),
        );
        return { status: 200, json: { product: views.product(product, 'en-US', 'USD'), webhook } };
      },
    },
    {
      method: 'PUT',
      template: '/admin/inventory/{sku}',
      service: 'admin',
      handler: async (context) => {
        const body = await authorizedBody(context);
        const sku = context.params.sku ?? '';
        const found = catalog.variantBySku(sku);
        if (!found) throw notFound('SKU');
        const soldOut = (ledger.item(sku)?.available ?? 0) === 0;
        const item = await ledger.set(sku, validate(stockBody, body).available);
        if (soldOut && item.available > 0) await restocked(sku);
        const webhook = await webhooks.dispatch(
          productChangedEvent('inventory.updated', catalog, found.product),
        );
        return { status: 200, json: { item, webhook } };
      },
    },
  ];
}
