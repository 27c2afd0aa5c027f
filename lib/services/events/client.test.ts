import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  startTestServices,
  TEST_WEBHOOK_SECRET,
  type TestServices,
} from '@/services/testing/test-services';

let services: TestServices;
let events: typeof import('./client').events;

beforeAll(async () => {
  services = await startTestServices({ catalogSize: 50 });
  // lib/env/server.ts reads the environment once, so it must be set before the client loads.
  // SERVICES_URL points nowhere: every call below proves the client goes to EVENTS_SERVICE_URL.
  process.env.SERVICES_URL = 'http://127.0.0.1:1';
  process.env.EVENTS_SERVICE_URL = services.url;
  process.env.WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
  ({ events } = await import('./client'));
});
afterAll(async () => {
  delete process.env.EVENTS_SERVICE_URL;
  delete process.env.SERVICE_RETRIES;
  await services.close();
  rmSync(services.dataDir, { recursive: true, force: true });
});

/** A server that answers every request with `status` and counts them. */
async function answering(
  status: number,
): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server: Server = createServer((request, response) => {
    hits++;
    request.resume();
    response
      .writeHead(status, { 'content-type': 'application/json' })
      .end(JSON.stringify({ error: { code: 'unavailable', message: 'down' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function loadClientAt(eventsUrl: string) {
  vi.resetModules();
  process.env.EVENTS_SERVICE_URL = eventsUrl;
  process.env.SERVICE_RETRIES = '2';
  return (await import('./client')).events;
}

describe('events client', () => {
  it('records exposures and conversions and reads the results back', async () => {
    const experiment = `client-${randomUUID().slice(0, 8)}`;
    const [buyer, browser] = [randomUUID(), randomUUID()];
    const at = '2026-03-01T10:00:00Z';
    for (const [visitorId, variant] of [
      [buyer, 'treatment'],
      [browser, 'control'],
    ] as const) {
      expect(await events.recordExposure({ visitorId, experiment, variant, at })).toEqual({
        ok: true,
        value: undefined,
      });
    }
    expect(
      (await events.recordExposure({ visitorId: buyer, experiment, variant: 'control' })).ok,
    ).toBe(true);
    const purchase = {
      visitorId: buyer,
      kind: 'purchase',
      orderId: `ORD-${randomUUID()}`,
      revenueUsdCents: 1_250,
    } as const;
    expect((await events.recordConversion(purchase)).ok).toBe(true);
    // A repeated purchase (a reloaded confirmation page) is accepted and counts nothing.
    expect((await events.recordConversion(purchase)).ok).toBe(true);
    expect((await events.recordConversion({ visitorId: browser, kind: 'add_to_cart' })).ok).toBe(
      true,
    );

    const purchases = await events.experimentResults(experiment, 'purchase');
    expect(purchases).toEqual({
      ok: true,
      value: {
        experiment,
        metric: 'purchase',
        variants: [
          {
            variant: 'control',
            visitors: 1,
            converters: 0,
            revenueUsdCents: 0,
            revenueSquaresUsdCents2: 0,
          },
          {
            variant: 'treatment',
            visitors: 1,
            converters: 1,
            revenueUsdCents: 1_250,
            revenueSquaresUsdCents2: 1_250 ** 2,
          },
        ],
      },
    });
    const carts = await events.experimentResults(experiment, 'add_to_cart');
    expect(
      carts.ok && carts.value.variants.map(({ variant, converters }) => [variant, converters]),
    ).toEqual([
      ['control', 1],
      ['treatment', 0],
    ]);
  });

  it('answers an experiment nobody saw with no variants', async () => {
    expect(await events.experimentResults('nobody-saw-this', 'begin_checkout')).toEqual({
      ok: true,
      value: { experiment: 'nobody-saw-this', metric: 'begin_checkout', variants: [] },
    });
  });

  it('reports refused input as invalid_request with the offending fields', async () => {
    const visitorId = randomUUID();
    const purchase = await events.recordConversion({ visitorId, kind: 'purchase' });
    expect(purchase.ok === false && purchase.error).toMatchObject({
      kind: 'http',
      status: 400,
      code: 'invalid_request',
      retryable: false,
      fields: { orderId: 'required', revenueUsdCents: 'required' },
    });
    const revenue = await events.recordConversion({
      visitorId,
      kind: 'begin_checkout',
      revenueUsdCents: 10,
    });
    expect(revenue.ok === false && revenue.error.fields).toEqual({ revenueUsdCents: 'forbidden' });
    const exposure = await events.recordExposure({
      visitorId: 'not-a-uuid',
      experiment: 'Home Hero',
      variant: 'a',
    });
    expect(exposure.ok === false && exposure.error.fields).toEqual({
      visitorId: 'invalid_format',
      experiment: 'invalid_format',
    });
    const results = await events.experimentResults('UPPER', 'purchase');
    expect(results.ok === false && results.error).toMatchObject({
      status: 400,
      fields: { key: 'invalid_format' },
    });
  });

  it('tries a write once and a read again on 503', async () => {
    const down = await answering(503);
    try {
      const offline = await loadClientAt(down.url);
      const write = await offline.recordExposure({
        visitorId: randomUUID(),
        experiment: 'e',
        variant: 'a',
      });
      expect(write.ok === false && write.error).toMatchObject({
        kind: 'http',
        status: 503,
        code: 'unavailable',
        retryable: true,
        operation: 'recordExposure',
      });
      expect(down.hits()).toBe(1);
      const read = await offline.experimentResults('e', 'purchase');
      expect(read.ok === false && read.error).toMatchObject({ kind: 'http', status: 503 });
      expect(down.hits()).toBe(1 + 3);
    } finally {
      await down.close();
    }
  });

  it('reports a refused connection as a network error', async () => {
    const offline = await loadClientAt('http://127.0.0.1:1');
    const result = await offline.recordConversion({ visitorId: randomUUID(), kind: 'add_to_cart' });
    expect(result.ok === false && result.error).toMatchObject({
      kind: 'network',
      retryable: true,
      service: 'events',
    });
  });
});
