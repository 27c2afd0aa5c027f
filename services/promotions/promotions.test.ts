import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/test-backends';
import { BERLIN, inStockSku } from '../testing/test-orders';
import { startTestServices, TEST_ADMIN_TOKEN, type TestServices } from '../testing/test-services';

const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const CARD = { card: { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' } };
const DECLINED = { card: { number: '4000000000009995', expMonth: 12, expYear: 2040, cvc: '123' } };
const CALIFORNIA = {
  name: 'Ada Lovelace',
  line1: '1 Market St',
  city: 'San Francisco',
  region: 'CA',
  postalCode: '94105',
  country: 'US',
};

describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;
  let sku: string;

  beforeAll(async () => {
    services = await startTestServices({ ...(await backend.fresh()), catalogSize: 200 });
    sku = await inStockSku(services, 'p000005');
    // Enough for every concurrent order below, so stock never decides who gets the code.
    const stocked = await services.request('PUT', `/admin/inventory/${sku}`, {
      body: { available: 1000 },
      headers: admin,
    });
    expect(stocked.status).toBe(200);
  });
  afterAll(() => services.close());

  const createCode = async (body: object) => {
    const created = await services.request('POST', '/admin/promo-codes', { body, headers: admin });
    expect(created.status).toBe(201);
    return created.body;
  };

  /** A cart of `quantity` × the SKU with the code applied; the apply answer comes back too. */
  const cartWithCode = async (code: string, { currency = 'EUR', quantity = 1 } = {}) => {
    const { body: cart } = await services.request('POST', '/cart/carts', { body: { currency } });
    await services.request('POST', `/cart/carts/${cart.id}/lines`, { body: { sku, quantity } });
    const applied = await services.request('PUT', `/cart/carts/${cart.id}/promo-code`, {
      body: { code },
    });
    return { cartId: cart.id as string, applied };
  };

  const place = (cartId: string, extra: object = {}) =>
    services.request('POST', '/checkout/orders', {
      body: {
        cartId,
        email: 'shopper@example.com',
        shippingAddress: BERLIN,
        shippingMethod: 'standard',
        payment: CARD,
        ...extra,
      },
      headers: { 'idempotency-key': `promo-${cartId}` },
    });

  it('gives 200 concurrent orders of a code limited to 10 exactly 10 discounts', async () => {
    await createCode({ code: 'RUSH10', kind: 'percent', percent: 10, usageLimit: 10 });
    const carts = await Promise.all(Array.from({ length: 200 }, () => cartWithCode('RUSH10')));
    expect(carts.every(({ applied }) => applied.status === 200)).toBe(true);

    const results = await Promise.all(
      carts.map(({ cartId }, index) => place(cartId, { email: `rush${index}@example.com` })),
    );
    const placed = results.filter((result) => result.status === 201);
    const refused = results.filter((result) => result.status === 422);
    expect(placed).toHaveLength(10);
    expect(refused).toHaveLength(190);
    expect(placed.every(({ body }) => body.discount?.amount > 0)).toBe(true);
    expect(new Set(refused.map(({ body }) => body.error.reason))).toEqual(new Set(['used_up']));

    const { body } = await services.request('GET', '/admin/promo-codes', { headers: admin });
    const rush = body.codes.find((code: { code: string }) => code.code === 'RUSH10');
    expect(rush.used).toBe(10);
    // The refused carts are still open, and now show the code as used up.
    const refusedCart = carts[results.findIndex((result) => result.status === 422)]!;
    const { body: left } = await services.request('GET', `/cart/carts/${refusedCart.cartId}`);
    expect(left).toMatchObject({
      status: 'open',
      promotion: { applied: false, reason: 'used_up' },
    });
  }, 60_000);

  it('gives the use back when the payment is declined, so the cart can pay with it again', async () => {
    await createCode({
      code: 'ONCEONLY',
      kind: 'fixed',
      amount: 200,
      currency: 'EUR',
      usageLimit: 1,
    });
    const { cartId } = await cartWithCode('ONCEONLY');
    const declined = await services.request('POST', '/checkout/orders', {
      body: { cartId, email: 'a@example.com', shippingAddress: BERLIN, payment: DECLINED },
      headers: { 'idempotency-key': `declined-${cartId}` },
    });
    expect(declined.status).toBe(402);
    const paid = await place(cartId);
    expect(paid.status).toBe(201);
    expect(paid.body.discount).toEqual({ amount: 200, currency: 'EUR' });
  });

  it('keeps a per-customer limit by e-mail, whatever the case', async () => {
    await createCode({ code: 'ONEEACH', kind: 'free_shipping', perCustomerLimit: 1 });
    const first = await cartWithCode('oneeach');
    const firstOrder = await place(first.cartId, { email: 'Same@Example.com' });
    expect(firstOrder.status).toBe(201);
    expect(firstOrder.body.shipping.amount).toBe(0);
    const second = await cartWithCode('ONEEACH');
    const again = await place(second.cartId, { email: 'same@example.com' });
    expect(again.status).toBe(422);
    expect(again.body.error).toMatchObject({
      code: 'promo_code_rejected',
      reason: 'customer_limit',
    });
    expect((await place(second.cartId, { email: 'other@example.com' })).status).toBe(201);
  });

  it('refuses a code outside its window, currency or minimum, with the reason', async () => {
    await createCode({
      code: 'LATER',
      kind: 'percent',
      percent: 5,
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    await createCode({
      code: 'BIGSPEND',
      kind: 'fixed',
      amount: 1000,
      currency: 'EUR',
      minSubtotal: 10_000_000,
    });
    const reason = async (code: string, currency = 'EUR') =>
      (await cartWithCode(code, { currency })).applied.body.error?.reason;
    expect(await reason('LATER')).toBe('not_started');
    expect(await reason('SUMMER20')).toBe('expired');
    expect(await reason('SAVE5')).toBe('wrong_currency');
    expect(await reason('BIGSPEND')).toBe('below_minimum');
    expect(await reason('NO-SUCH-CODE')).toBe('unknown');
  });

  it('counts code guesses per client address across carts, so new carts do not reset them', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 31; attempt++) {
      const { body: cart } = await services.request('POST', '/cart/carts', {
        body: { currency: 'EUR' },
      });
      const tried = await services.request('PUT', `/cart/carts/${cart.id}/promo-code`, {
        body: { code: `GUESS${attempt}`, client: { ip: '203.0.113.7' } },
      });
      statuses.push(tried.status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 422)).toBe(true);
    expect(statuses[30]).toBe(429);
    const other = await cartWithCode('WELCOME10');
    expect(other.applied.status).toBe(200);
  });

  it('refuses at place-order a code that expired after it was applied, and charges nothing', async () => {
    await createCode({ code: 'SOONGONE', kind: 'percent', percent: 15 });
    const { cartId } = await cartWithCode('SOONGONE');
    await services.request('POST', '/admin/promo-codes/SOONGONE/disable', { headers: admin });
    const refused = await place(cartId);
    expect(refused.status).toBe(422);
    expect(refused.body.error.reason).toBe('disabled');
    const { body: cart } = await services.request('GET', `/cart/carts/${cartId}`);
    expect(cart.status).toBe('open');
  });

  it('adds US sales tax by state on top and shows the VAT a German price holds', async () => {
    const { body: usCart } = await services.request('POST', '/cart/carts', {
      body: { currency: 'USD' },
    });
    await services.request('POST', `/cart/carts/${usCart.id}/lines`, {
      body: { sku, quantity: 3 },
    });
    const { body: drafted } = await services.request('PUT', `/cart/carts/${usCart.id}/checkout`, {
      body: { shippingAddress: CALIFORNIA, shippingMethod: 'standard' },
    });
    const { subtotal, shipping, tax, total } = drafted.totals;
    // California taxes the goods at 7.25%, not the separately stated delivery.
    expect(tax).toMatchObject({
      included: false,
      lines: [{ code: 'US-CA', ratePerMillion: 72_500 }],
    });
    expect(tax.total.amount).toBe(
      Math.floor((subtotal.amount * 72_500 * 2 + 1_000_000) / 2_000_000),
    );
    expect(total.amount).toBe(subtotal.amount + shipping.amount + tax.total.amount);
    const order = await services.request('POST', '/checkout/orders', {
      body: {
        cartId: usCart.id,
        email: 'ada@example.com',
        shippingAddress: CALIFORNIA,
        shippingMethod: 'standard',
        payment: CARD,
        expectedTotal: total.amount,
      },
      headers: { 'idempotency-key': `tax-${usCart.id}` },
    });
    expect(order.status).toBe(201);
    expect(order.body.total).toEqual(total);
    expect(order.body.tax).toEqual(tax);

    const { cartId } = await cartWithCode('WELCOME10', { quantity: 2 });
    const { body: german } = await services.request('PUT', `/cart/carts/${cartId}/checkout`, {
      body: { shippingAddress: BERLIN, shippingMethod: 'standard' },
    });
    const goods = german.totals.subtotal.amount - german.totals.discount.amount;
    expect(german.totals.total.amount).toBe(goods + german.totals.shipping.amount);
    expect(german.totals.tax.included).toBe(true);
    expect(german.totals.tax.net.amount + german.totals.tax.total.amount).toBe(
      german.totals.total.amount,
    );
  });
});
