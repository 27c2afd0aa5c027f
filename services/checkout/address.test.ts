import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import definition from '../../openapi/address-formats.json';
import { startTestServices, type TestServices } from '../testing/test-services';
import { COUNTRIES, regionCodes, shippingAddressSchema } from './address';

const springfield = {
  name: 'Ada Lovelace',
  line1: '1 Main St',
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'US',
};
const tokyo = {
  name: '山田太郎',
  line1: '千代田1-1',
  city: '千代田区',
  region: 'JP-13',
  postalCode: '100-0001',
  country: 'JP',
};
const paris = {
  name: 'Marie Curie',
  line1: '1 rue de Rivoli',
  city: 'Paris',
  postalCode: '75001',
  country: 'FR',
};

/** The field codes the schema raises, by path, or undefined when it accepts the address. */
function refusal(address: object): Record<string, unknown> | undefined {
  const result = shippingAddressSchema.safeParse(address);
  if (result.success) return undefined;
  return Object.fromEntries(
    result.error.issues.map((issue) => [
      issue.path.join('.'),
      issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : issue.code,
    ]),
  );
}

describe('shipping address schema, from openapi/address-formats.json', () => {
  it('knows the countries and their regions: 50 states + DC, 47 prefectures, none in DE and FR', () => {
    expect(COUNTRIES).toEqual(Object.keys(definition.countries));
    expect(regionCodes('US')?.size).toBe(51);
    expect(regionCodes('US')?.has('DC')).toBe(true);
    expect(regionCodes('JP')?.size).toBe(47);
    expect([...regionCodes('JP')!]).toEqual(
      Array.from({ length: 47 }, (_, index) => `JP-${String(index + 1).padStart(2, '0')}`),
    );
    expect(regionCodes('DE')).toBeUndefined();
    expect(regionCodes('FR')).toBeUndefined();
  });

  it('accepts a US state, a JP prefecture and a French address without region', () => {
    expect(refusal(springfield)).toBeUndefined();
    expect(refusal(tokyo)).toBeUndefined();
    expect(refusal(paris)).toBeUndefined();
    // A blank region is none (what an empty select posts), and is not stored.
    const stored = JSON.stringify(shippingAddressSchema.parse({ ...paris, region: ' ' }));
    expect(JSON.parse(stored)).toEqual(paris);
  });

  it.each([
    ['an unknown US state', { ...springfield, region: 'XX' }, 'invalid_region'],
    ['a lower-case US state', { ...springfield, region: 'il' }, 'invalid_region'],
    ['a prefecture in the US', { ...springfield, region: 'JP-13' }, 'invalid_region'],
    ['a prefecture past the 47th', { ...tokyo, region: 'JP-48' }, 'invalid_region'],
    ['a prefecture by its name', { ...tokyo, region: '東京都' }, 'invalid_region'],
    ['a region in France', { ...paris, region: 'IDF' }, 'invalid_region'],
    ['no state in the US', { ...springfield, region: undefined }, 'required'],
    ['no prefecture in Japan', { ...tokyo, region: '' }, 'required'],
  ])('refuses %s on the region field', (_case, address, code) => {
    expect(refusal(address)).toEqual({ region: code });
  });
});

describe('services refuse a state or prefecture that does not exist with 400', () => {
  let services: TestServices;
  beforeAll(async () => {
    services = await startTestServices({ catalogSize: 50 });
  });
  afterAll(() => services.close());

  it('when an order is placed', async () => {
    const { body: cart } = await services.request('POST', '/cart/carts', {
      body: { currency: 'USD' },
    });
    const response = await services.request('POST', '/checkout/orders', {
      body: {
        cartId: cart.id,
        email: 'ada@example.com',
        shippingAddress: { ...springfield, region: 'ZZ' },
      },
      headers: { 'idempotency-key': 'address-test-unknown-state' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({ 'shippingAddress.region': 'invalid_region' });
  });

  it('when the checkout draft is saved, and keeps a valid prefecture as sent', async () => {
    const { body: cart } = await services.request('POST', '/cart/carts', {
      body: { currency: 'JPY' },
    });
    const draft = `/cart/carts/${cart.id}/checkout`;
    const refused = await services.request('PUT', draft, {
      body: { shippingAddress: { ...tokyo, region: 'JP-99' } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({ 'shippingAddress.region': 'invalid_region' });
    const saved = await services.request('PUT', draft, { body: { shippingAddress: tokyo } });
    expect(saved.status).toBe(200);
    expect(saved.body.checkout.shippingAddress).toEqual(tokyo);
  });
});
