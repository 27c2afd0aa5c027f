import { expect } from 'vitest';
import type { ContractClient } from '../contract-client';
import type { components as cart } from '@/lib/services/cart/schema';
import type { components as inventory } from '@/lib/services/inventory/schema';

export type Cart = cart['schemas']['Cart'];

export const card = (number: string) => ({ number, expMonth: 12, expYear: 2040, cvc: '123' });
export const SUCCESS_CARD = '4242424242424242';
export const DECLINED_CARD = '4000000000009995';
export const SLOW_CARD = '4000000000000119';

export const berlin = {
  name: 'Erika Mustermann',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

/** A SKU of `productId` with more than `atLeast` in stock (through the inventory contract, too). */
export async function inStockSku(api: ContractClient, productId: string, atLeast = 10) {
  const { body } = await api.send<inventory['schemas']['ProductStock']>(
    200,
    'GET',
    `/inventory/products/${productId}`,
  );
  const item = body.items.find((candidate) => candidate.available > atLeast);
  if (!item) throw new Error(`no SKU of ${productId} has more than ${atLeast} in stock`);
  return item;
}

/** A new EUR cart holding one line of `sku`. */
export async function cartWith(api: ContractClient, sku: string, quantity = 1): Promise<Cart> {
  const created = await api.send<Cart>(201, 'POST', '/cart/carts', { body: { currency: 'EUR' } });
  const added = await api.send<Cart>(200, 'POST', `/cart/carts/${created.body.id}/lines`, {
    body: { sku, quantity },
  });
  expect(added.body.lines).toHaveLength(1);
  return added.body;
}
