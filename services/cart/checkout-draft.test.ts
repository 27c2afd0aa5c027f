import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/test-backends';
import { startTestServices, type TestServices } from '../testing/test-services';

describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;
  let sku: string;

  beforeAll(async () => {
    services = await startTestServices({ ...(await backend.fresh()), catalogSize: 200 });
    const { body } = await services.request('GET', '/inventory/products/p000002');
    sku = body.items.find((item: { available: number }) => item.available > 10).sku;
  });
  afterAll(() => services.close());

  const berlin = {
    name: 'Erika Mustermann',
    line1: 'Unter den Linden 1',
    city: 'Berlin',
    postalCode: '10117',
    country: 'DE',
  };
  const paymentMethod = { id: 'pm_abc123', brand: 'visa', last4: '4242' };

  async function newCart() {
    const { body } = await services.request('POST', '/cart/carts', { body: { currency: 'EUR' } });
    return body;
  }
  const saveDraft = (cartId: string, body: unknown) =>
    services.request('PUT', `/cart/carts/${cartId}/checkout`, { body });

  describe('checkout draft on the cart', () => {
    it('starts empty and open', async () => {
      const cart = await newCart();
      expect(cart).toMatchObject({ checkout: {}, status: 'open' });
      expect(cart.orderId).toBeUndefined();
    });

    it('merges fields, clears with null, and never bumps the version', async () => {
      const cart = await newCart();
      const first = await saveDraft(cart.id, {
        email: 'erika@example.com',
        shippingAddress: berlin,
      });
      expect(first.status).toBe(200);
      expect(first.headers.get('etag')).toBe('"1"');
      expect(first.body).toMatchObject({
        version: 1,
        checkout: { email: 'erika@example.com', shippingAddress: berlin },
      });

      const second = await saveDraft(cart.id, { shippingMethod: 'express', paymentMethod });
      expect(second.body.checkout).toEqual({
        email: 'erika@example.com',
        shippingAddress: berlin,
        shippingMethod: 'express',
        paymentMethod,
      });

      const cleared = await saveDraft(cart.id, { paymentMethod: null, email: null });
      expect(cleared.body.checkout).toEqual({ shippingAddress: berlin, shippingMethod: 'express' });
      expect((await services.request('GET', `/cart/carts/${cart.id}`)).body).toMatchObject({
        version: 1,
        checkout: cleared.body.checkout,
      });

      // A line write keeps the draft and a stale If-Match's 409 body shows it too.
      await services.request('POST', `/cart/carts/${cart.id}/lines`, {
        body: { sku, quantity: 1 },
      });
      const stale = await services.request('POST', `/cart/carts/${cart.id}/lines`, {
        body: { sku, quantity: 1 },
        headers: { 'if-match': '"1"' },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.cart).toMatchObject({
        version: 2,
        status: 'open',
        checkout: cleared.body.checkout,
      });
    });

    it('validates with the place-order schemas and names the fields', async () => {
      const cart = await newCart();
      const response = await saveDraft(cart.id, {
        email: 'nope',
        shippingMethod: 'overnight',
        shippingAddress: { ...berlin, postalCode: '1011' },
        paymentMethod: { id: 'card_1', brand: 'visa', last4: '42' },
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        code: 'invalid_request',
        fields: {
          email: 'invalid_email',
          shippingMethod: 'invalid_value',
          'shippingAddress.postalCode': 'invalid_postal_code',
          'paymentMethod.id': 'invalid_format',
          'paymentMethod.last4': 'invalid_format',
        },
      });
      const unknownField = await saveDraft(cart.id, { phone: '123' });
      expect(unknownField.body.error.fields).toEqual({ phone: 'unrecognized_key' });
      expect((await saveDraft(cart.id, [])).status).toBe(400);
      expect((await saveDraft('no-such-cart', {})).status).toBe(404);
      expect((await services.request('GET', `/cart/carts/${cart.id}`)).body.checkout).toEqual({});
    });

    it('survives a restart of the services', async () => {
      const cart = await newCart();
      await saveDraft(cart.id, {
        email: 'erika@example.com',
        shippingAddress: berlin,
        paymentMethod,
      });
      await services.close();
      services = await startTestServices({
        catalogSize: 200,
        dataDir: services.dataDir,
        databaseUrl: services.databaseUrl,
      });
      const reloaded = await services.request('GET', `/cart/carts/${cart.id}`);
      expect(reloaded.body).toMatchObject({
        status: 'open',
        checkout: { email: 'erika@example.com', shippingAddress: berlin, paymentMethod },
      });
    });
  });
});
