import { describe, expect, it } from 'vitest';
import { berlin, cartWith, inStockSku, type Cart } from './fixtures';
import { OVERSIZED_BODY, type ContractClient } from '../contract-client';

export function inventoryScenarios(client: () => ContractClient): void {
  describe('inventory', () => {
    it('answers stock by product and by SKU as documented, and 404 with unknownSkus', async () => {
      const api = client();
      const { sku } = await inStockSku(api, 'p000002');
      await api.send(404, 'GET', '/inventory/products/p999999');
      await api.send(200, 'GET', `/inventory/stock?skus=${sku},${sku}`);
      const unknown = await api.send<{ unknownSkus: string[] }>(
        404,
        'GET',
        `/inventory/stock?skus=${sku},p000002-nope-M`,
      );
      expect(unknown.body.unknownSkus).toEqual(['p000002-nope-M']);
      await api.send(400, 'GET', '/inventory/stock?skus=');
    });
  });
}

export function cartScenarios(client: () => ContractClient): void {
  describe('cart', () => {
    it('creates and reads carts as documented, and 400 / 404 / 413 for bad requests', async () => {
      const api = client();
      const created = await api.send<Cart>(201, 'POST', '/cart/carts?locale=de-DE', {
        body: { currency: 'JPY' },
      });
      await api.send(200, 'GET', `/cart/carts/${created.body.id}?locale=ja-JP`);
      await api.send(400, 'POST', '/cart/carts', { body: { currency: 'GBP' } });
      await api.send(413, 'POST', '/cart/carts', { body: OVERSIZED_BODY });
      await api.send(400, 'GET', `/cart/carts/${created.body.id}?locale=xx-XX`);
      await api.send(404, 'GET', '/cart/carts/no-such-cart');
    });

    it('adds lines (idempotently, too) as documented, and every declared refusal', async () => {
      const api = client();
      const { sku } = await inStockSku(api, 'p000002');
      const cart = await cartWith(api, sku);
      const lines = `/cart/carts/${cart.id}/lines`;
      const key = { 'idempotency-key': 'contract-add-0001' };
      await api.send(200, 'POST', lines, { body: { sku, quantity: 2 }, headers: key });
      const replay = await api.send(200, 'POST', lines, {
        body: { sku, quantity: 2 },
        headers: key,
      });
      expect(replay.headers.get('idempotency-replayed')).toBe('true');
      const reused = { body: { sku, quantity: 3 }, headers: key };
      await api.send(422, 'POST', lines, reused);
      const shortKey = { 'idempotency-key': 'short' };
      await api.send(400, 'POST', lines, { body: { sku, quantity: 1 }, headers: shortKey });
      await api.send(409, 'POST', lines, {
        body: { sku, quantity: 1 },
        headers: { 'if-match': '"1"' },
      });
      // Onto the existing line on purpose: the add itself must be 1..99, not just the total.
      await api.send(422, 'POST', lines, { body: { sku, quantity: 0 } });
      await api.send(422, 'POST', lines, { body: { sku, quantity: -2 } });
      await api.send(422, 'POST', lines, { body: { sku: 'p000002-nope-M', quantity: 1 } });
      await api.send(413, 'POST', lines, { body: OVERSIZED_BODY });
      await api.send(404, 'POST', '/cart/carts/no-such-cart/lines', { body: { sku, quantity: 1 } });
    });

    it('refuses more than the stock with 422 insufficient_stock as documented', async () => {
      const api = client();
      const { sku, available } = await inStockSku(api, 'p000004', 0);
      const created = await api.send<Cart>(201, 'POST', '/cart/carts', {
        body: { currency: 'USD' },
      });
      // Over the stock but within 1..99 when the stock allows it; else the quantity rule answers.
      const body = { sku, quantity: Math.min(available + 1, 99) };
      await api.send(422, 'POST', `/cart/carts/${created.body.id}/lines`, { body });
    });

    it('updates and removes lines as documented, and every declared refusal', async () => {
      const api = client();
      const { sku } = await inStockSku(api, 'p000002');
      const cart = await cartWith(api, sku);
      const line = `/cart/carts/${cart.id}/lines/${cart.lines[0]!.id}`;
      const stale = { 'if-match': '"1"' };
      await api.send(200, 'PATCH', line, { body: { quantity: 3 }, headers: { 'if-match': '"2"' } });
      await api.send(409, 'PATCH', line, { body: { quantity: 4 }, headers: stale });
      await api.send(400, 'PATCH', line, { body: { quantity: 'four' } });
      await api.send(422, 'PATCH', line, { body: { quantity: 100 } });
      await api.send(413, 'PATCH', line, { body: OVERSIZED_BODY });
      await api.send(404, 'PATCH', `/cart/carts/${cart.id}/lines/nope`, { body: { quantity: 1 } });
      await api.send(409, 'DELETE', line, { headers: stale });
      await api.send(400, 'DELETE', `${line}?locale=xx-XX`);
      await api.send(404, 'DELETE', `/cart/carts/${cart.id}/lines/nope`);
      const removed = await api.send<Cart>(200, 'DELETE', line);
      expect(removed.body.lines).toEqual([]);
    });

    it('saves and clears the checkout draft as documented, and 400 with fields / 404 / 413', async () => {
      const api = client();
      const created = await api.send<Cart>(201, 'POST', '/cart/carts', {
        body: { currency: 'EUR' },
      });
      const draft = `/cart/carts/${created.body.id}/checkout`;
      const paymentMethod = { id: 'pm_contract1', brand: 'visa', last4: '4242' };
      const full = { email: 'erika@example.com', shippingAddress: berlin, paymentMethod };
      await api.send(200, 'PUT', draft, { body: { ...full, shippingMethod: 'express' } });
      await api.send(200, 'PUT', draft, { body: { paymentMethod: null, email: null } });
      const badPostal = { shippingAddress: { ...berlin, postalCode: '1011' } };
      const refused = await api.send<{ error: { fields: Record<string, string> } }>(
        400,
        'PUT',
        draft,
        { body: badPostal },
      );
      expect(refused.body.error.fields).toEqual({
        'shippingAddress.postalCode': 'invalid_postal_code',
      });
      await api.send(413, 'PUT', draft, { body: OVERSIZED_BODY });
      await api.send(404, 'PUT', '/cart/carts/no-such-cart/checkout', { body: {} });
    });
  });
}
