import { expect } from 'vitest';
import type { TestServices } from './test-services';

export const BERLIN = {
  name: 'Erika Mustermann',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
};

/** A SKU of the product with more than `atLeast` in stock. */
export async function inStockSku(services: TestServices, productId: string, atLeast = 5) {
  const { body } = await services.request('GET', `/inventory/products/${productId}`);
  const item = body.items.find((candidate: { available: number }) => candidate.available > atLeast);
  if (!item) throw new Error(`no SKU of ${productId} has more than ${atLeast} in stock`);
  return item.sku as string;
}

/**
 * An order of one `sku` placed through the HTTP API, shipped to Berlin in EUR unless `order`
 * says otherwise (its fields are added to the place-order body).
 */
export async function placeTestOrder(
  services: TestServices,
  sku: string,
  { currency = 'EUR', ...order }: Record<string, unknown> = {},
) {
  const { body: cart } = await services.request('POST', '/cart/carts', { body: { currency } });
  await services.request('POST', `/cart/carts/${cart.id}/lines`, { body: { sku, quantity: 1 } });
  const placed = await services.request('POST', '/checkout/orders', {
    body: { cartId: cart.id, email: 'buyer@example.com', shippingAddress: BERLIN, ...order },
    headers: { 'idempotency-key': `test-${cart.id}` },
  });
  expect(placed.status).toBe(201);
  return placed.body;
}
