import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaymentMethodVault } from './payment-methods';
import { startTestServices, type TestServices } from '../testing/test-services';

let services: TestServices;
let sku: string;
const METHOD_TTL_MS = 1_500;

beforeAll(async () => {
  services = await startTestServices({ catalogSize: 200, paymentMethodTtlMs: METHOD_TTL_MS });
  const { body } = await services.request('GET', '/inventory/products/p000002');
  sku = body.items.find((item: { available: number }) => item.available > 10).sku;
});
afterAll(() => services.close());

const card = (number: string, overrides: Record<string, unknown> = {}) => ({
  number,
  expMonth: 12,
  expYear: 2040,
  cvc: '123',
  ...overrides,
});
const tokenize = (body: unknown) => services.request('POST', '/payment/methods', { body });
let keySeq = 0;
const key = () => `method-key-${++keySeq}-${Date.now()}`;

async function filledCart(): Promise<string> {
  const { body: cart } = await services.request('POST', '/cart/carts', {
    body: { currency: 'USD' },
  });
  await services.request('POST', `/cart/carts/${cart.id}/lines`, { body: { sku, quantity: 1 } });
  return cart.id;
}

describe('payment methods (tokenization)', () => {
  it('stores a card and answers with a token and what a summary may show', async () => {
    const created = await tokenize({ card: card('4242 4242 4242 4242', { expMonth: 3 }) });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^pm_[\w-]{20,}$/),
      brand: 'visa',
      last4: '4242',
      expMonth: 3,
      expYear: 2040,
      expiresAt: expect.any(String),
    });
    const expiresIn = Date.parse(created.body.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(0);
    expect(expiresIn).toBeLessThanOrEqual(METHOD_TTL_MS);
    expect(JSON.stringify(created.body)).not.toContain('4242424242424242');
    const second = await tokenize({ card: card('5555555555554444') });
    expect(second.body).toMatchObject({ brand: 'mastercard', last4: '4444' });
    expect(second.body.id).not.toBe(created.body.id);
  });

  it('names each bad field with a code a form can show', async () => {
    const thisYear = new Date().getUTCFullYear();
    const thisMonth = new Date().getUTCMonth() + 1;
    const cases: Array<[unknown, Record<string, string>]> = [
      [{ card: card('4242424242424241') }, { 'card.number': 'invalid_card_number' }],
      [{ card: card('4242') }, { 'card.number': 'invalid_card_number' }],
      [{ card: card('4242x24242424242') }, { 'card.number': 'invalid_card_number' }],
      [{ card: card('4242424242424242', { cvc: '12' }) }, { 'card.cvc': 'invalid_cvc' }],
      [
        { card: card('4242424242424242', { expMonth: 13 }) },
        { 'card.expMonth': 'invalid_exp_month' },
      ],
      [
        { card: card('4242424242424242', { expYear: 1999 }) },
        { 'card.expYear': 'invalid_exp_year' },
      ],
      [
        { card: card('4242424242424242', { expYear: thisYear - 1 }) },
        { 'card.expYear': 'card_expired' },
      ],
      [
        { card: { number: '4242424242424242', expMonth: 1 } },
        { 'card.expYear': 'required', 'card.cvc': 'required' },
      ],
      [{ card: card('4242424242424242', { expMonth: '12' }) }, { 'card.expMonth': 'invalid_type' }],
      [{ card: card('4242424242424242'), extra: 1 }, { extra: 'unrecognized_key' }],
      [undefined, { '(body)': 'required' }],
      [{}, { card: 'required' }],
    ];
    if (thisMonth > 1)
      cases.push([
        { card: card('4242424242424242', { expYear: thisYear, expMonth: thisMonth - 1 }) },
        { 'card.expMonth': 'card_expired' },
      ]);
    for (const [body, fields] of cases) {
      const response = await tokenize(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('invalid_request');
      expect(response.body.error.fields, JSON.stringify(body)).toEqual(fields);
    }
  });

  it('pays an order with a method id; the order keeps brand and last 4 only', async () => {
    const { body: method } = await tokenize({ card: card('4242424242424242') });
    const cartId = await filledCart();
    const placed = await services.request('POST', '/checkout/orders', {
      body: { cartId, email: 'a@example.com', payment: { methodId: method.id } },
      headers: { 'idempotency-key': key() },
    });
    expect(placed.status).toBe(201);
    expect(placed.body.payment).toMatchObject({ brand: 'visa', last4: '4242', status: 'captured' });
  });

  it('declines a tokenized test card like the raw card', async () => {
    const { body: method } = await tokenize({ card: card('4000000000009995') });
    const placed = await services.request('POST', '/checkout/orders', {
      body: {
        cartId: await filledCart(),
        email: 'a@example.com',
        payment: { methodId: method.id },
      },
      headers: { 'idempotency-key': key() },
    });
    expect(placed.status).toBe(402);
    expect(placed.body.error).toMatchObject({
      code: 'payment_declined',
      reason: 'insufficient_funds',
    });
  });

  it('hashes a method payment by its id: the same key with another method is a different request', async () => {
    const [{ body: first }, { body: second }] = await Promise.all([
      tokenize({ card: card('4242424242424242') }),
      tokenize({ card: card('4242424242424242') }),
    ]);
    const cartId = await filledCart();
    const idempotencyKey = key();
    const place = (methodId: string) =>
      services.request('POST', '/checkout/orders', {
        body: { cartId, email: 'a@example.com', payment: { methodId } },
        headers: { 'idempotency-key': idempotencyKey },
      });
    expect((await place(first.id)).status).toBe(201);
    expect((await place(first.id)).status).toBe(200);
    expect((await place(second.id)).body.error.code).toBe('idempotency_key_reused');
  });

  it('refuses an unknown or expired method with 422 and leaves the cart open', async () => {
    const cartId = await filledCart();
    const place = (methodId: string) =>
      services.request('POST', '/checkout/orders', {
        body: { cartId, email: 'a@example.com', payment: { methodId } },
        headers: { 'idempotency-key': key() },
      });
    const unknown = await place('pm_doesnotexist');
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toMatchObject({
      code: 'payment_method_invalid',
      fields: { 'payment.methodId': 'invalid' },
    });

    const { body: method } = await tokenize({ card: card('4242424242424242') });
    await sleep(METHOD_TTL_MS + 100);
    const expired = await place(method.id);
    expect(expired.status).toBe(422);
    expect(expired.body.error.code).toBe('payment_method_invalid');
    expect((await services.request('GET', `/cart/carts/${cartId}`)).body.status).toBe('open');
  });

  it('accepts exactly one of card and methodId', async () => {
    for (const payment of [{}, { card: card('4242424242424242'), methodId: 'pm_x' }]) {
      const response = await services.request('POST', '/checkout/orders', {
        body: { cartId: 'c', email: 'a@example.com', payment },
        headers: { 'idempotency-key': key() },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.fields).toEqual({ payment: 'card_or_method_required' });
    }
  });
});

describe('payment method vault', () => {
  it('drops the oldest methods beyond its capacity', () => {
    const vault = new PaymentMethodVault(60_000, 2);
    const [first, second, third] = [1, 2, 3].map(() => vault.create(card('4242424242424242')));
    expect(vault.resolve(first?.id ?? '')).toBeUndefined();
    expect(vault.resolve(second?.id ?? '')?.card.number).toBe('4242424242424242');
    expect(vault.resolve(third?.id ?? '')?.method).toEqual(third);
  });
});
