import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/test-backends';
import { startTestServices, type TestServices } from '../testing/test-services';

describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;
  let inStockSku: string;
  let available: number;

  beforeAll(async () => {
    services = await startTestServices(await backend.fresh());
    const { body } = await services.request('GET', '/inventory/products/p000002');
    const item = body.items.find((candidate: { available: number }) => candidate.available > 10);
    inStockSku = item.sku;
    available = item.available;
  });
  afterAll(() => services.close());

  async function newCart() {
    const { status, body, headers } = await services.request('POST', '/cart/carts', {
      body: { currency: 'EUR' },
    });
    expect(status).toBe(201);
    expect(headers.get('etag')).toBe('"1"');
    return body;
  }

  describe('cart', () => {
    it('adds, merges, updates and removes lines with versioned ETags', async () => {
      const cart = await newCart();
      const added = await services.request('POST', `/cart/carts/${cart.id}/lines`, {
        body: { sku: inStockSku, quantity: 1 },
        headers: { 'if-match': '"1"' },
      });
      expect(added.status).toBe(200);
      expect(added.headers.get('etag')).toBe('"2"');
      const merged = await services.request('POST', `/cart/carts/${cart.id}/lines`, {
        body: { sku: inStockSku, quantity: 2 },
      });
      expect(merged.body.lines).toHaveLength(1);
      expect(merged.body.itemCount).toBe(3);
      expect(merged.body.subtotal).toEqual({
        amount: merged.body.lines[0].unitPrice.amount * 3,
        currency: 'EUR',
      });

      const lineId = merged.body.lines[0].id;
      const updated = await services.request('PATCH', `/cart/carts/${cart.id}/lines/${lineId}`, {
        body: { quantity: 5 },
      });
      expect(updated.body.lines[0].quantity).toBe(5);
      const removed = await services.request('DELETE', `/cart/carts/${cart.id}/lines/${lineId}`);
      expect(removed.body.lines).toEqual([]);
      expect(removed.body.version).toBe(5);
    });

    it('rejects a stale If-Match with 409 and the current cart', async () => {
      const cart = await newCart();
      await services.request('POST', `/cart/carts/${cart.id}/lines`, {
        body: { sku: inStockSku, quantity: 1 },
      });
      const stale = await services.request('POST', `/cart/carts/${cart.id}/lines`, {
        body: { sku: inStockSku, quantity: 1 },
        headers: { 'if-match': '"1"' },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('version_conflict');
      expect(stale.body.cart.version).toBe(2);
      expect(stale.headers.get('etag')).toBe('"2"');
    });

    it('validates quantity, SKU and stock with 422', async () => {
      const cart = await newCart();
      const cases: Array<[unknown, string]> = [
        [{ sku: inStockSku, quantity: 0 }, 'invalid_quantity'],
        [{ sku: inStockSku, quantity: 100 }, 'invalid_quantity'],
        [{ sku: inStockSku, quantity: 1.5 }, 'invalid_quantity'],
        [{ sku: 'p000002-nope-M', quantity: 1 }, 'unknown_sku'],
        [
          { sku: inStockSku, quantity: Math.min(available + 1, 99) },
          available >= 99 ? 'invalid_quantity' : 'insufficient_stock',
        ],
      ];
      for (const [body, code] of cases) {
        const response = await services.request('POST', `/cart/carts/${cart.id}/lines`, { body });
        expect(response.status, JSON.stringify(body)).toBe(422);
        expect(response.body.error.code).toBe(code);
      }
    });

    it('answers 404 for unknown carts and 400 for malformed bodies', async () => {
      expect((await services.request('GET', '/cart/carts/unknown')).status).toBe(404);
      expect(
        (await services.request('POST', '/cart/carts', { body: { currency: 'GBP' } })).status,
      ).toBe(400);
      expect(
        (await services.request('POST', '/cart/carts', { body: '{not json' })).body.error.code,
      ).toBe('invalid_json');
    });
  });

  describe('checkout', () => {
    async function filledCart() {
      const cart = await newCart();
      await services.request('POST', `/cart/carts/${cart.id}/lines`, {
        body: { sku: inStockSku, quantity: 1 },
      });
      return cart;
    }

    it('creates exactly one order for 50 concurrent requests with one key', async () => {
      const cart = await filledCart();
      const headers = { 'idempotency-key': 'concurrent-key-0001' };
      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          services.request('POST', '/checkout/orders', {
            body: { cartId: cart.id, email: 'a@example.com' },
            headers,
          }),
        ),
      );
      const ids = new Set(responses.map((response) => response.body.id));
      expect(ids.size).toBe(1);
      expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
      expect(responses.filter((response) => response.status === 200)).toHaveLength(49);
      const [id] = ids;
      expect(id).toMatch(/^ORD-[A-Z0-9]{6}$/);
      const stored = await services.request('GET', `/checkout/orders/${id}`);
      expect(stored.body).toMatchObject({
        id,
        cartId: cart.id,
        status: 'confirmed',
        currency: 'EUR',
      });
    });

    it('refuses a reused key with a different body, a missing key and an empty cart', async () => {
      const cart = await filledCart();
      const headers = { 'idempotency-key': 'reused-key-0001' };
      expect(
        (
          await services.request('POST', '/checkout/orders', {
            body: { cartId: cart.id, email: 'a@example.com' },
            headers,
          })
        ).status,
      ).toBe(201);
      const reused = await services.request('POST', '/checkout/orders', {
        body: { cartId: cart.id, email: 'b@example.com' },
        headers,
      });
      expect(reused.status).toBe(422);
      expect(reused.body.error.code).toBe('idempotency_key_reused');

      const missing = await services.request('POST', '/checkout/orders', {
        body: { cartId: cart.id, email: 'a@example.com' },
      });
      expect(missing.status).toBe(400);
      const empty = await newCart();
      const emptyOrder = await services.request('POST', '/checkout/orders', {
        body: { cartId: empty.id, email: 'a@example.com' },
        headers: { 'idempotency-key': 'empty-cart-key' },
      });
      expect(emptyOrder.status).toBe(422);
      expect(
        (
          await services.request('POST', '/checkout/orders', {
            body: { cartId: 'nope', email: 'a@example.com' },
            headers: { 'idempotency-key': 'unknown-cart-key' },
          })
        ).status,
      ).toBe(404);
      expect((await services.request('GET', '/checkout/orders/ORD-NOPE00')).status).toBe(404);
    });
  });
});
