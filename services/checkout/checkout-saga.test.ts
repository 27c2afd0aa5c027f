import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/test-backends';
import { startTestServices, TEST_ADMIN_TOKEN, type TestServices } from '../testing/test-services';

describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;
  const skus: string[] = [];
  let keySeq = 0;

  // Generous timeout so a loaded machine never times out the fast test card.
  const PAYMENT_SLOW_MS = 1_600;
  const PAYMENT_TIMEOUT_MS = 1_000;

  beforeAll(async () => {
    services = await startTestServices({
      ...(await backend.fresh()),
      catalogSize: 200,
      paymentSlowMs: PAYMENT_SLOW_MS,
      paymentTimeoutMs: PAYMENT_TIMEOUT_MS,
    });
    for (let index = 1; skus.length < 12 && index < 200; index += 1) {
      const { body } = await services.request(
        'GET',
        `/inventory/products/p${String(index).padStart(6, '0')}`,
      );
      for (const item of body.items ?? []) if (item.available > 20) skus.push(item.sku);
    }
  });
  afterAll(() => services.close());

  const card = (number: string) => ({ number, expMonth: 12, expYear: 2040, cvc: '123' });
  const berlin = {
    name: 'Erika Mustermann',
    line1: 'Unter den Linden 1',
    city: 'Berlin',
    postalCode: '10117',
    country: 'DE',
  };
  const key = () => `saga-key-${String(++keySeq).padStart(4, '0')}-${Date.now()}`;

  function nextSku(): string {
    const sku = skus.shift();
    if (!sku) throw new Error('ran out of in-stock SKUs');
    return sku;
  }

  async function cartWith(sku: string, quantity: number, currency = 'EUR') {
    const { body: cart } = await services.request('POST', '/cart/carts', { body: { currency } });
    const added = await services.request('POST', `/cart/carts/${cart.id}/lines`, {
      body: { sku, quantity },
    });
    expect(added.status).toBe(200);
    return added.body;
  }

  const stockOf = async (sku: string): Promise<number> =>
    (await services.request('GET', `/inventory/stock?skus=${sku}`)).body.items[0].available;
  const stats = async () => (await services.request('GET', '/payment/stats')).body;
  const order = (body: unknown, idempotencyKey = key()) =>
    services.request('POST', '/checkout/orders', {
      body,
      headers: { 'idempotency-key': idempotencyKey },
    });

  describe('paid checkout saga', () => {
    it('reserves, authorizes, orders and captures once; totals include shipping', async () => {
      const sku = nextSku();
      const before = await stockOf(sku);
      const cart = await cartWith(sku, 2);
      const charges = (await stats()).charges;
      const idempotencyKey = key();
      const body = {
        cartId: cart.id,
        email: 'a@example.com',
        shippingAddress: berlin,
        shippingMethod: 'express',
        payment: { card: card('4242424242424242') },
      };

      const placed = await order(body, idempotencyKey);
      expect(placed.status).toBe(201);
      expect(placed.body).toMatchObject({
        status: 'confirmed',
        currency: 'EUR',
        cartId: cart.id,
        shippingMethod: 'express',
        shippingAddress: berlin,
        subtotal: cart.subtotal,
        shipping: { amount: 1395, currency: 'EUR' },
        total: { amount: cart.subtotal.amount + 1395, currency: 'EUR' },
        payment: { brand: 'visa', last4: '4242', status: 'captured' },
      });
      expect(placed.body.lines).toHaveLength(1);
      expect(placed.body.lines[0]).toMatchObject({ sku, quantity: 2 });
      expect(await stockOf(sku)).toBe(before - 2);
      expect((await stats()).charges).toBe(charges + 1);
      const authorization = await services.request(
        'GET',
        `/payment/authorizations/${placed.body.payment.authorizationId}`,
      );
      expect(authorization.body).toMatchObject({ status: 'captured', amount: placed.body.total });

      const replay = await order(body, idempotencyKey);
      expect(replay.status).toBe(200);
      expect(replay.headers.get('idempotency-replayed')).toBe('true');
      expect(replay.body.id).toBe(placed.body.id);
      expect((await stats()).charges).toBe(charges + 1);
      expect(await stockOf(sku)).toBe(before - 2);
    });

    it('answers 402 payment_declined and leaves cart, stock and charges untouched', async () => {
      const sku = nextSku();
      const before = await stockOf(sku);
      const cart = await cartWith(sku, 3);
      const { charges, byStatus } = await stats();
      const idempotencyKey = key();
      const body = {
        cartId: cart.id,
        email: 'a@example.com',
        payment: { card: card('4000000000009995') },
      };

      const declined = await order(body, idempotencyKey);
      expect(declined.status).toBe(402);
      expect(declined.body.error).toMatchObject({
        code: 'payment_declined',
        reason: 'insufficient_funds',
      });
      expect(await stockOf(sku)).toBe(before);
      expect((await services.request('GET', `/cart/carts/${cart.id}`)).body).toEqual(cart);
      const after = await stats();
      expect(after.charges).toBe(charges);
      expect(after.byStatus.authorized).toBe(byStatus.authorized);

      // The outcome is stored: the same key replays it rather than trying the card again.
      const retry = await order(body, idempotencyKey);
      expect(retry.status).toBe(402);
      expect(retry.headers.get('idempotency-replayed')).toBe('true');
      expect(retry.body.error.code).toBe('payment_declined');
      expect((await stats()).byStatus.declined).toBe(after.byStatus.declined);
    });

    it('times out a slow gateway with 402 payment_timeout, releases stock and voids the late hold', async () => {
      const sku = nextSku();
      const before = await stockOf(sku);
      const cart = await cartWith(sku, 1, 'USD');
      const { charges } = await stats();

      const started = performance.now();
      const slow = await order({
        cartId: cart.id,
        email: 'a@example.com',
        payment: { card: card('4000000000000119') },
      });
      expect(slow.status).toBe(402);
      expect(slow.body.error.code).toBe('payment_timeout');
      expect(performance.now() - started).toBeLessThan(PAYMENT_SLOW_MS);
      expect(await stockOf(sku)).toBe(before);
      expect((await services.request('GET', `/cart/carts/${cart.id}`)).body).toEqual(cart);

      await sleep(PAYMENT_SLOW_MS - PAYMENT_TIMEOUT_MS + 500);
      const after = await stats();
      expect(after.charges).toBe(charges);
      expect(after.byStatus.authorized).toBe(0);
    });

    it('creates one order and one charge for 50 concurrent requests with one key', async () => {
      const sku = nextSku();
      const before = await stockOf(sku);
      const cart = await cartWith(sku, 1, 'JPY');
      const { charges } = await stats();
      const idempotencyKey = key();
      const body = {
        cartId: cart.id,
        email: 'a@example.com',
        shippingAddress: { ...berlin, country: 'JP', region: 'JP-13', postalCode: '100-0001' },
        payment: { card: card('4242424242424242') },
      };
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => order(body, idempotencyKey)),
      );
      expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
      expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
      expect(responses.filter((response) => response.status === 200)).toHaveLength(49);
      expect(responses[0]?.body).toMatchObject({
        shippingMethod: 'standard',
        shipping: { amount: 700, currency: 'JPY' },
      });
      expect((await stats()).charges).toBe(charges + 1);
      expect(await stockOf(sku)).toBe(before - 1);
    });

    it('refuses a reused key with a different body', async () => {
      const cart = await cartWith(nextSku(), 1);
      const idempotencyKey = key();
      const body = {
        cartId: cart.id,
        email: 'a@example.com',
        payment: { card: card('4242424242424242') },
      };
      expect((await order(body, idempotencyKey)).status).toBe(201);
      const reused = await order({ ...body, shippingAddress: berlin }, idempotencyKey);
      expect(reused.status).toBe(422);
      expect(reused.body.error.code).toBe('idempotency_key_reused');
    });

    it('answers 422 insufficient_stock without reserving or charging when stock ran out', async () => {
      const sku = nextSku();
      const cart = await cartWith(sku, 2);
      const put = await services.request('PUT', `/admin/inventory/${sku}`, {
        body: { available: 1 },
        headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      });
      expect(put.status).toBe(200);
      const { charges, byStatus } = await stats();
      const response = await order({
        cartId: cart.id,
        email: 'a@example.com',
        payment: { card: card('4242424242424242') },
      });
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe('insufficient_stock');
      expect(await stockOf(sku)).toBe(1);
      const after = await stats();
      expect(after.charges).toBe(charges);
      expect(after.byStatus.authorized + after.byStatus.declined).toBe(
        byStatus.authorized + byStatus.declined,
      );
    });
  });

  describe('checkout validation', () => {
    it('checks postal codes per country and names the field', async () => {
      const { body: empty } = await services.request('POST', '/cart/carts', {
        body: { currency: 'USD' },
      });
      const cases: Array<[string, string, boolean]> = [
        ['US', '94103', true],
        ['US', '94103-1234', true],
        ['US', '9410', false],
        ['US', '94103-12', false],
        ['DE', '10117', true],
        ['DE', '1011', false],
        ['FR', '75001', true],
        ['FR', '7500A', false],
        ['JP', '100-0001', true],
        ['JP', '1000001', true],
        ['JP', '100-001', false],
        ['JP', '10117', false],
      ];
      // US and JP addresses name a state or prefecture (services/checkout/address.test.ts).
      const REGIONS: Record<string, { region: string }> = {
        US: { region: 'CA' },
        JP: { region: 'JP-13' },
      };
      for (const [country, postalCode, valid] of cases) {
        const response = await order({
          cartId: empty.id,
          email: 'a@example.com',
          shippingAddress: { ...berlin, country, postalCode, ...REGIONS[country] },
        });
        if (valid) {
          // Validation passed; the empty cart is the next thing refused.
          expect(response.body.error.code, `${country} ${postalCode}`).toBe('cart_empty');
        } else {
          expect(response.status, `${country} ${postalCode}`).toBe(400);
          expect(response.body.error.code).toBe('invalid_request');
          expect(response.body.error.fields).toEqual({
            'shippingAddress.postalCode': 'invalid_postal_code',
          });
        }
      }
    });

    it('reports every invalid field: email, address, method and card', async () => {
      const response = await order({
        cartId: 'c',
        email: 'not-an-email',
        shippingMethod: 'overnight',
        shippingAddress: { line1: 'x', city: 'Paris', postalCode: '75001', country: 'GB' },
        payment: { card: { number: '4242', expMonth: 13, expYear: 2040, cvc: '1' } },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.fields).toMatchObject({
        email: 'invalid_email',
        shippingMethod: 'invalid_value',
        'shippingAddress.name': 'required',
        'shippingAddress.country': 'invalid_value',
        'payment.card.number': 'invalid_format',
        'payment.card.expMonth': 'too_big',
        'payment.card.cvc': 'invalid_format',
      });
    });

    it('rejects a malformed card with 400 before touching stock or the gateway', async () => {
      const sku = nextSku();
      const before = await stockOf(sku);
      const cart = await cartWith(sku, 1);
      const { byStatus } = await stats();
      const response = await order({
        cartId: cart.id,
        email: 'a@example.com',
        payment: { card: { number: '4242 4242', expMonth: 1, expYear: 2040 } },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.fields).toMatchObject({
        'payment.card.number': 'invalid_format',
        'payment.card.cvc': 'required',
      });
      expect(await stockOf(sku)).toBe(before);
      expect((await stats()).byStatus).toEqual(byStatus);
    });

    it('requires an address when a shipping method is chosen', async () => {
      const response = await order({
        cartId: 'c',
        email: 'a@example.com',
        shippingMethod: 'standard',
      });
      expect(response.status).toBe(400);
      expect(response.body.error.fields).toEqual({ shippingAddress: 'required' });
    });
  });
});
