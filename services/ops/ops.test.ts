import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServices, type TestServices } from '../testing/test-services';

let services: TestServices;

beforeAll(async () => {
  services = await startTestServices({ testControls: true });
});
afterAll(() => services.close());

describe('ops', () => {
  it('reports health', async () => {
    expect((await services.request('GET', '/__ops/health')).body).toEqual({
      ok: true,
      catalogSize: 2000,
      pid: process.pid,
    });
  });

  it('counts requests per route template and service, excluding ops routes', async () => {
    await services.request('POST', '/__ops/counters/reset');
    await services.request('GET', '/catalog/products/p000001');
    await services.request('GET', '/catalog/products/p000002');
    await services.request('GET', '/search/products?q=shirt');
    const { body } = await services.request('GET', '/__ops/counters');
    expect(body.routes).toEqual({
      'GET /catalog/products/{idOrSlug}': 2,
      'GET /search/products': 1,
    });
    expect(body.services).toMatchObject({ catalog: 2, search: 1, cart: 0, media: 0 });
  });

  it('simulates an outage: down drops connections, error answers 503', async () => {
    await services.request('POST', '/__ops/faults', { body: { mode: 'down' } });
    await expect(fetch(`${services.url}/catalog/brands`)).rejects.toThrow();
    expect((await services.request('GET', '/__ops/health')).status).toBe(200);

    await services.request('POST', '/__ops/faults', { body: { mode: 'error', latencyMs: 20 } });
    const failed = await services.request('GET', '/catalog/brands');
    expect(failed.status).toBe(503);
    expect(failed.body.error.code).toBe('service_unavailable');

    await services.request('POST', '/__ops/faults', { body: { mode: 'none' } });
    expect((await services.request('GET', '/catalog/brands')).status).toBe(200);
    expect(
      (await services.request('POST', '/__ops/faults', { body: { mode: 'sideways' } })).status,
    ).toBe(400);
  });

  it('refuses bodies over 64 KB with 413', async () => {
    const { status, body } = await services.request('POST', '/cart/carts', {
      body: { currency: 'USD', padding: 'x'.repeat(70_000) },
    });
    expect(status).toBe(413);
    expect(body.error.code).toBe('payload_too_large');
  });

  it('hides fault injection unless test controls are enabled', async () => {
    const plain = await startTestServices();
    try {
      expect(
        (await plain.request('POST', '/__ops/faults', { body: { mode: 'down' } })).status,
      ).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
