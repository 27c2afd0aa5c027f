import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/test-backends';
import { startTestServices, type TestServices } from '../testing/test-services';

describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;
  const skus: string[] = [];
  let keySeq = 0;

  beforeAll(async () => {
    services = await startTestServices({ ...(await backend.fresh()), catalogSize: 200 });
    for (let index = 1; skus.length < 8 && index < 200; index += 1) {
      const { body } = await services.request(
        'GET',
        `/inventory/products/p${String(index).padStart(6, '0')}`,
      );
      for (const item of body.items ?? []) if (item.available > 20) skus.push(item.sku);
    }
  });
  afterAll(() => services.close());

  const card = (number: string) => ({ number, expMonth: 12, expYear: 2040, cvc: '123' });
  const key = () => `closing-key-${++keySeq}-${Date.now()}`;
  const stockOf = async (sku: string): Promise<number> =>
    (await services.request('GET', `/inventory/stock?skus=${sku}`)).body.items[0].available;
  const order = (body: unknown, idempotencyKey = key()) =>
    services.request('POST', '/checkout/orders', {
      body,
      headers: { 'idempotency-key': idempotencyKey },
    });

  function nextSku(): string {
    const sku = skus.shift();
    if (!sku) throw new Error('ran out of in-stock SKUs');
    return sku;
  }

  async function filledCart(sku = nextSku()) {
    const { body: cart } = await services.request('POST', '/cart/carts', {
      body: { currency: 'USD' },
    });
    const { body } = await services.request('POST', `/cart/carts/${cart.id}/lines`, {
      body: { sku, quantity: 1 },
    });
    return body;
  }

  describe('a cart closes when its order succeeds', () => {
    it('marks the cart ordered and refuses further writes with 410 cart_ordered', async () => {
      const cart = await filledCart();
      const idempotencyKey = key();
      const body = {
        cartId: cart.id,
        email: 'a@example.com',
        payment: { card: card('4242424242424242') },
      };
      const placed = await order(body, idempotencyKey);
      expect(placed.status).toBe(201);

      const closed = await services.request('GET', `/cart/carts/${cart.id}`);
      expect(closed.body).toMatchObject({
        status: 'ordered',
        orderId: placed.body.id,
        version: cart.version,
      });
      const writes = [
        services.request('POST', `/cart/carts/${cart.id}/lines`, {
          body: { sku: cart.lines[0].sku, quantity: 1 },
        }),
        services.request('PATCH', `/cart/carts/${cart.id}/lines/${cart.lines[0].id}`, {
          body: { quantity: 2 },
        }),
        services.request('DELETE', `/cart/carts/${cart.id}/lines/${cart.lines[0].id}`),
        services.request('PUT', `/cart/carts/${cart.id}/checkout`, {
          body: { email: 'b@example.com' },
        }),
      ];
      for (const response of await Promise.all(writes)) {
        expect(response.status).toBe(410);
        expect(response.body.error).toMatchObject({
          code: 'cart_ordered',
          orderId: placed.body.id,
        });
      }

      const replay = await order(body, idempotencyKey);
      expect(replay.status).toBe(200);
      expect(replay.body.id).toBe(placed.body.id);

      const again = await order(body);
      expect(again.status).toBe(409);
      expect(again.body.error).toMatchObject({
        code: 'cart_already_ordered',
        orderId: placed.body.id,
      });
    });

    it('closes the cart of an unpaid order too', async () => {
      const cart = await filledCart();
      const placed = await order({ cartId: cart.id, email: 'a@example.com' });
      expect(placed.status).toBe(201);
      expect((await services.request('GET', `/cart/carts/${cart.id}`)).body).toMatchObject({
        status: 'ordered',
        orderId: placed.body.id,
      });
      expect((await order({ cartId: cart.id, email: 'a@example.com' })).body.error.code).toBe(
        'cart_already_ordered',
      );
    });

    it('makes one order and one charge when two keys race for one cart', async () => {
      const sku = nextSku();
      const before = await stockOf(sku);
      const cart = await filledCart(sku);
      const { charges } = (await services.request('GET', '/payment/stats')).body;
      const body = {
        cartId: cart.id,
        email: 'a@example.com',
        payment: { card: card('4242424242424242') },
      };
      const responses = await Promise.all([
        order(body),
        order(body),
        order({ cartId: cart.id, email: 'a@example.com' }),
      ]);
      const placed = responses.filter((response) => response.status === 201);
      expect(placed).toHaveLength(1);
      const refused = responses.filter((response) => response.status === 409);
      expect(refused).toHaveLength(2);
      for (const response of refused)
        expect(response.body.error).toMatchObject({
          code: 'cart_already_ordered',
          orderId: placed[0]?.body.id,
        });
      expect(await stockOf(sku)).toBe(before - 1);
      const chargesAfter = (await services.request('GET', '/payment/stats')).body.charges;
      expect(chargesAfter - charges).toBe(placed[0]?.body.payment ? 1 : 0);
    });

    it('leaves the cart open and intact when the payment is declined', async () => {
      const cart = await filledCart();
      const draft = await services.request('PUT', `/cart/carts/${cart.id}/checkout`, {
        body: { email: 'a@example.com' },
      });
      const declined = await order({
        cartId: cart.id,
        email: 'a@example.com',
        payment: { card: card('4000000000009995') },
      });
      expect(declined.status).toBe(402);
      expect((await services.request('GET', `/cart/carts/${cart.id}`)).body).toEqual(draft.body);

      const retried = await order({
        cartId: cart.id,
        email: 'a@example.com',
        payment: { card: card('4242424242424242') },
      });
      expect(retried.status).toBe(201);
    });
  });
});
