import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  startTestServices,
  TEST_WEBHOOK_SECRET,
  type TestServices,
} from '@/services/testing/test-services';

let services: TestServices;
let payment: typeof import('./client').payment;

beforeAll(async () => {
  services = await startTestServices({ catalogSize: 200 });
  // lib/env/server.ts reads the environment once, so it must be set before the client loads.
  process.env.SERVICES_URL = services.url;
  process.env.WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
  ({ payment } = await import('./client'));
});
afterAll(async () => {
  await services.close();
  rmSync(services.dataDir, { recursive: true, force: true });
});

const card = { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2040, cvc: '123' };

describe('payment client', () => {
  it('tokenizes a card into a pm_ id with brand and last 4', async () => {
    const created = await payment.createMethod(card);
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value).toMatchObject({
      brand: 'visa',
      last4: '4242',
      expMonth: 12,
      expYear: 2040,
    });
    expect(created.value.id).toMatch(/^pm_/);
    expect(Date.parse(created.value.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('reports a bad card as invalid_request with the offending fields', async () => {
    const rejected = await payment.createMethod({ ...card, number: '4242424242424241', cvc: '1' });
    expect(rejected.ok === false && rejected.error).toMatchObject({
      kind: 'http',
      status: 400,
      code: 'invalid_request',
      retryable: false,
      fields: { 'card.number': 'invalid_card_number', 'card.cvc': 'invalid_cvc' },
    });
    const expired = await payment.createMethod({
      ...card,
      expYear: new Date().getUTCFullYear() - 1,
    });
    expect(expired.ok === false && expired.error.fields).toEqual({
      'card.expYear': 'card_expired',
    });
  });

  it('reports a refused connection as a network error', async () => {
    vi.resetModules();
    process.env.SERVICES_URL = 'http://127.0.0.1:1';
    const offline = (await import('./client')).payment;
    const result = await offline.createMethod(card);
    expect(result.ok === false && result.error).toMatchObject({ kind: 'network', retryable: true });
  });
});
