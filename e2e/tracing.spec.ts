import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import {
  startOtlpReceiver,
  type OtlpReceiver,
  type OtlpSpan,
} from '../lib/telemetry/testing/otlp-receiver';
import { listProducts } from './support/services';
import { startTracedStorefront, type StorefrontServer } from './support/storefront-server';

const SERVER_TIMING_APP = /^app;dur=[\d.]+$/;
const SERVER_TIMING_WITH_SERVICES = /^app;dur=[\d.]+, svc;dur=[\d.]+;desc="service calls \(\d+\)"$/;

test.describe('without an OTLP endpoint (the suite’s server)', () => {
  test('a cached page and a dynamic page carry Server-Timing', async ({ request }) => {
    const [product] = await listProducts(request, 'sort=popular&limit=1&locale=en-US&currency=USD');
    const path = `/en-US/p/${product!.slug}`;
    await request.get(path);
    const cached = await request.get(path);
    expect(cached.headers()['x-nextjs-cache']).toBe('HIT');
    expect(cached.headers()['server-timing']).toMatch(SERVER_TIMING_APP);

    const search = await request.get('/en-US/search?q=shirt');
    expect(search.headers()['server-timing']).toMatch(SERVER_TIMING_APP);
  });
});

test.describe('with an OTLP endpoint', () => {
  let receiver: OtlpReceiver;
  let storefront: StorefrontServer;
  test.beforeAll(async () => {
    receiver = await startOtlpReceiver();
    storefront = await startTracedStorefront(receiver.url);
  });
  test.afterAll(async () => {
    await storefront?.stop();
    await receiver?.close();
  });

  test('a page render continues the caller’s trace down to the typed-client call, and says what it spent', async ({
    request,
  }) => {
    const traceId = randomBytes(16).toString('hex');
    const response = await request.get(`${storefront.url}/en-US/search?q=shirt`, {
      headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()['server-timing']).toMatch(SERVER_TIMING_WITH_SERVICES);

    const spansOfTrace = () => receiver.spans().filter((span) => span.traceId === traceId);
    await expect
      .poll(() => spansOfTrace().map((span) => span.name), { timeout: 15_000 })
      .toEqual(
        expect.arrayContaining([
          'GET /[locale]/search',
          'render route (app) /[locale]/search',
          'GET /search/products',
        ]),
      );
    const spans = spansOfTrace();
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const ancestors = (span: OtlpSpan): string[] => {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      return parent ? [parent.name, ...ancestors(parent)] : [];
    };
    const clientCall = spans.find((span) => span.name === 'GET /search/products')!;
    expect(clientCall.kind).toBe(3); // SPAN_KIND_CLIENT
    expect(ancestors(clientCall)).toEqual(
      expect.arrayContaining(['render route (app) /[locale]/search', 'GET /[locale]/search']),
    );
  });
});
