import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  startTestServices,
  TEST_WEBHOOK_SECRET,
  type TestServices,
} from '@/services/testing/test-services';
import { isNotFound } from '../transport/result';

let services: TestServices;
let checkout: typeof import('./client').checkout;
let payment: typeof import('../payment/client').payment;
let filledCart: () => Promise<string>;

beforeAll(async () => {
  services = await startTestServices({ catalogSize: 200 });
  // lib/env/server.ts reads the environment once, so it must be set before the clients load.
  process.env.SERVICES_URL = services.url;
  process.env.WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
  ({ checkout } = await import('./client'));
  ({ payment } = await import('../payment/client'));
  const { cart } = await import('../cart/client');
  const { inventory } = await import('../inventory/client');
  const stock = await inventory.getProductStock('p000002');
  const item = stock.ok
    ? stock.value.items.find((candidate) => candidate.available > 10)
    : undefined;
  if (!item) throw new Error('no SKU of p000002 has stock to test with');

  filledCart = async () => {
    const created = await cart.createCart('JPY');
    if (!created.ok) throw new Error(created.error.message);
    const filled = await cart.addLine(
      created.value.id,
      { sku: item.sku, quantity: 1 },
      created.value.version,
    );
    if (!filled.ok) throw new Error(filled.error.message);
    return filled.value.id;
  };
});
afterAll(async () => {
  await services.close();
  rmSync(services.dataDir, { recursive: true, force: true });
});

describe('checkout client', () => {
  it('places one order per idempotency key and reads it back', async () => {
    const cartId = await filledCart();
    const key = randomUUID();

    const placed = await checkout.placeOrder(
      { cartId, email: 'shopper@example.com', locale: 'ja-JP' },
      key,
    );
    if (!placed.ok) throw new Error(placed.error.message);
    expect(placed.value).toMatchObject({ cartId, status: 'confirmed', currency: 'JPY' });

    const replayed = await checkout.placeOrder(
      { cartId, email: 'shopper@example.com', locale: 'ja-JP' },
      key,
    );
    expect(replayed.ok && replayed.value.id).toBe(placed.value.id);

    const stored = await checkout.getOrder(placed.value.id);
    expect(stored.ok && stored.value.total).toEqual(placed.value.total);
  });

  it('refuses the same key with a different body', async () => {
    const cartId = await filledCart();
    const key = randomUUID();
    await checkout.placeOrder({ cartId, email: 'a@example.com' }, key);

    const reused = await checkout.placeOrder({ cartId, email: 'b@example.com' }, key);
    expect(reused.ok === false && reused.error).toMatchObject({
      kind: 'http',
      status: 422,
      code: 'idempotency_key_reused',
    });
  });

  it('pays with a tokenized card and keeps what the confirmation page shows', async () => {
    const cartId = await filledCart();
    const method = await payment.createMethod({
      number: '4242424242424242',
      expMonth: 12,
      expYear: 2040,
      cvc: '123',
    });
    if (!method.ok) throw new Error(method.error.message);
    const shippingAddress = {
      name: '山田 太郎',
      line1: '千代田1-1',
      city: '千代田区',
      region: 'JP-13',
      postalCode: '100-0001',
      country: 'JP' as const,
    };

    const placed = await checkout.placeOrder(
      {
        cartId,
        email: 'taro@example.com',
        locale: 'ja-JP',
        shippingAddress,
        shippingMethod: 'express',
        payment: { methodId: method.value.id },
      },
      randomUUID(),
    );
    if (!placed.ok) throw new Error(placed.error.message);
    expect(placed.value).toMatchObject({
      status: 'confirmed',
      email: 'taro@example.com',
      shippingAddress,
      shippingMethod: 'express',
      shipping: { amount: 2000, currency: 'JPY' },
      payment: { brand: 'visa', last4: '4242', status: 'captured' },
    });
    expect(placed.value.accessToken.length).toBeGreaterThanOrEqual(24);

    const again = await checkout.placeOrder(
      { cartId, email: 'taro@example.com', payment: { methodId: method.value.id } },
      randomUUID(),
    );
    expect(again.ok === false && again.error).toMatchObject({
      status: 409,
      code: 'cart_already_ordered',
    });
  });

  it('reports an unknown payment method and bad fields with their field codes', async () => {
    const cartId = await filledCart();
    const unknown = await checkout.placeOrder(
      { cartId, email: 'a@example.com', payment: { methodId: 'pm_nope' } },
      randomUUID(),
    );
    expect(unknown.ok === false && unknown.error).toMatchObject({
      status: 422,
      code: 'payment_method_invalid',
      fields: { 'payment.methodId': 'invalid' },
    });
    const invalid = await checkout.placeOrder(
      {
        cartId,
        email: 'a@example.com',
        shippingAddress: { name: 'A', line1: 'B', city: 'C', postalCode: '1', country: 'DE' },
      },
      randomUUID(),
    );
    expect(invalid.ok === false && invalid.error).toMatchObject({
      status: 400,
      code: 'invalid_request',
      fields: { 'shippingAddress.postalCode': 'invalid_postal_code' },
    });
  });

  it('lists shipping rates in a currency', async () => {
    const rates = await checkout.shippingRates('EUR');
    expect(rates.ok && rates.value).toEqual([
      { method: 'standard', price: { amount: 495, currency: 'EUR' }, minDays: 3, maxDays: 5 },
      { method: 'express', price: { amount: 1395, currency: 'EUR' }, minDays: 1, maxDays: 2 },
    ]);
  });

  it('looks an order up by number and e-mail, and answers not found otherwise', async () => {
    const cartId = await filledCart();
    const placed = await checkout.placeOrder(
      { cartId, email: 'Shopper@Example.com' },
      randomUUID(),
    );
    if (!placed.ok) throw new Error(placed.error.message);
    const found = await checkout.lookupOrder(placed.value.id, 'shopper@example.com ');
    expect(found.ok && found.value).toMatchObject({
      id: placed.value.id,
      accessToken: placed.value.accessToken,
    });
    const wrong = await checkout.lookupOrder(placed.value.id, 'other@example.com');
    expect(wrong.ok === false && isNotFound(wrong.error) && wrong.error.code).toBe(
      'order_not_found',
    );
  });

  it('reports a missing cart and a missing order as not found', async () => {
    const order = await checkout.placeOrder(
      { cartId: 'no-such-cart', email: 'a@example.com' },
      randomUUID(),
    );
    expect(order.ok === false && isNotFound(order.error)).toBe(true);
    const stored = await checkout.getOrder('ORD-NOPE00');
    expect(stored.ok === false && isNotFound(stored.error)).toBe(true);
  });

  it('reports a refused connection as a network error', async () => {
    vi.resetModules();
    process.env.SERVICES_URL = 'http://127.0.0.1:1';
    const offline = (await import('./client')).checkout;
    const result = await offline.getOrder('ORD-ABC123');
    expect(result.ok === false && result.error).toMatchObject({ kind: 'network', retryable: true });
  });
});
