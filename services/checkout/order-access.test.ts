import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/test-backends';
import { BERLIN, inStockSku, placeTestOrder } from '../testing/test-orders';
import { startTestServices, type TestServices } from '../testing/test-services';

describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;
  let sku: string;

  beforeAll(async () => {
    services = await startTestServices({ ...(await backend.fresh()), catalogSize: 200 });
    sku = await inStockSku(services, 'p000002', 10);
  });
  afterAll(() => services.close());

  const placedOrder = () =>
    placeTestOrder(services, sku, {
      email: 'Erika@Example.com',
      locale: 'de-DE',
      shippingMethod: 'standard',
      payment: { card: { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' } },
    });

  const lookup = (body: unknown) => services.request('POST', '/checkout/orders/lookup', { body });

  describe('shipping rates', () => {
    it('lists standard and express with prices in the currency and delivery days', async () => {
      const response = await services.request('GET', '/checkout/shipping-rates?currency=JPY');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        rates: [
          { method: 'standard', price: { amount: 700, currency: 'JPY' }, minDays: 3, maxDays: 5 },
          { method: 'express', price: { amount: 2000, currency: 'JPY' }, minDays: 1, maxDays: 2 },
        ],
      });
    });

    it('refuses a missing or unknown currency with 400', async () => {
      for (const query of ['', '?currency=GBP', '?currency=usd']) {
        const response = await services.request('GET', `/checkout/shipping-rates${query}`);
        expect(response.status, query).toBe(400);
        expect(response.body.error.code).toBe('invalid_request');
      }
    });
  });

  describe('order access', () => {
    it('gives every order an access token and keeps what a confirmation page shows', async () => {
      const order = await placedOrder();
      expect(order).toMatchObject({
        email: 'Erika@Example.com',
        locale: 'de-DE',
        shippingAddress: BERLIN,
        shippingMethod: 'standard',
        shipping: { amount: 495, currency: 'EUR' },
        payment: { brand: 'visa', last4: '4242', status: 'captured' },
        createdAt: expect.any(String),
      });
      expect(order.accessToken).toMatch(/^[\w-]{24,}$/);
      const stored = await services.request('GET', `/checkout/orders/${order.id}`);
      expect(stored.body).toEqual(order);
      expect((await placedOrder()).accessToken).not.toBe(order.accessToken);
    });

    it('finds an order by id and e-mail (trimmed, any case)', async () => {
      const order = await placedOrder();
      const found = await lookup({ orderId: order.id, email: '  erika@EXAMPLE.com ' });
      expect(found.status).toBe(200);
      expect(found.body).toEqual(order);
    });

    it('answers the same 404 for an unknown id and a wrong e-mail', async () => {
      const order = await placedOrder();
      const wrongEmail = await lookup({ orderId: order.id, email: 'someone@example.com' });
      const unknownId = await lookup({ orderId: 'ORD-NOPE00', email: 'erika@example.com' });
      for (const response of [wrongEmail, unknownId]) {
        expect(response.status).toBe(404);
        expect(response.body).toEqual({
          error: { code: 'order_not_found', message: expect.any(String) },
        });
      }
      expect(wrongEmail.body).toEqual(unknownId.body);
    });

    it('refuses a malformed lookup with 400', async () => {
      for (const body of [
        undefined,
        {},
        { orderId: 'ORD-ABCDEF' },
        { orderId: 'x', email: 'a@example.com', extra: 1 },
        { orderId: 1, email: 'a' },
      ]) {
        expect((await lookup(body)).status, JSON.stringify(body)).toBe(400);
      }
    });
  });
});
