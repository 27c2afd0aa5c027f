import type { Catalog } from '../catalog/catalog';
import type { ProductRecord } from '../catalog/records';
import { randomId } from '../shared/random-id';

export type WebhookEventType = 'product.updated' | 'inventory.updated' | 'reviews.updated';

export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  entities: Array<{ type: 'product' | 'category' | 'collection'; id: string }>;
}

/** Names everything a storefront may have cached that shows this product. */
export function productChangedEvent(
  type: WebhookEventType,
  catalog: Catalog,
  product: ProductRecord,
): WebhookEvent {
  const { category } = catalog.context(product);
  return {
    id: `evt_${randomId(12)}`,
    type,
    occurredAt: new Date().toISOString(),
    entities: [
      { type: 'product', id: product.id },
      ...category.path.map((id) => ({ type: 'category' as const, id })),
      ...catalog.collectionsOf(product).map((id) => ({ type: 'collection' as const, id })),
    ],
  };
}

/**
 * A product's published reviews changed: only its own pages show them (cards show no stars),
 * so the product is the one entity to expire.
 */
export function reviewsChangedEvent(product: ProductRecord): WebhookEvent {
  return {
    id: `evt_${randomId(12)}`,
    type: 'reviews.updated',
    occurredAt: new Date().toISOString(),
    entities: [{ type: 'product', id: product.id }],
  };
}
