import { rmSync } from 'node:fs';
import { trace } from '@opentelemetry/api';
import type { TracerProvider } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '@/services/framework/log';
import {
  startTestServices,
  TEST_WEBHOOK_SECRET,
  type TestServices,
} from '@/services/testing/test-services';
import { attribute, startOtlpReceiver, type OtlpReceiver } from './testing/otlp-receiver';

let services: TestServices;
let receiver: OtlpReceiver;
let provider: TracerProvider;
const serviceLog: RequestLogEntry[] = [];

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  services = await startTestServices(
    { catalogSize: 200, log: 'info', testControls: true },
    (line) => serviceLog.push(JSON.parse(line) as RequestLogEntry),
  );
  // lib/env/server.ts reads the environment once, so it is set before anything reads it.
  process.env.SERVICES_URL = services.url;
  process.env.WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
  const { registerNodeTelemetry } = await import('./register-node');
  const registered = registerNodeTelemetry();
  if (!registered) throw new Error('tracing was not started');
  provider = registered;
});
afterAll(async () => {
  await provider.shutdown();
  await services.close();
  await receiver.close();
  rmSync(services.dataDir, { recursive: true, force: true });
});

describe('tracing', () => {
  it('exports a typed client call as a client span of the page, and the service logs its trace id', async () => {
    const { catalog } = await import('@/lib/services/catalog/client');
    // Stands in for Next's render span, which is the active span when a page calls a client.
    const render = trace
      .getTracer('test')
      .startActiveSpan('render route (app) /[locale]/p/[slug]', async (span) => {
        const product = await catalog.getProduct('en-US', 'anything-p000007');
        span.end();
        return { product, traceId: span.spanContext().traceId, spanId: span.spanContext().spanId };
      });
    const { product, traceId, spanId } = await render;
    expect(product.ok).toBe(true);

    await provider.forceFlush();
    const client = receiver
      .spans()
      .find((span) => span.name === 'GET /catalog/products/{idOrSlug}');
    expect(client).toMatchObject({ traceId, parentSpanId: spanId, kind: 3 /* SPAN_KIND_CLIENT */ });
    expect(attribute(client!.attributes, 'peer.service')).toBe('catalog');
    expect(attribute(client!.attributes, 'http.request.method')).toBe('GET');
    expect(attribute(client!.attributes, 'url.template')).toBe('/catalog/products/{idOrSlug}');
    expect(attribute(client!.attributes, 'http.response.status_code')).toBe(200);

    const resource = receiver.exports[0]!.resourceSpans[0]!.resource.attributes;
    expect(attribute(resource, 'service.name')).toBe('storefront');
    expect(attribute(resource, 'service.version')).toMatch(/^\d+\.\d+\.\d+/);

    const logged = serviceLog.filter((entry) => entry.route === 'GET /catalog/products/{idOrSlug}');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.traceId).toBe(traceId);
  });

  it('records a retried read as one span with its resend count, and every attempt logs the same trace id', async () => {
    const { catalog } = await import('@/lib/services/catalog/client');
    await services.request('POST', '/__ops/faults', { body: { mode: 'error' } });
    const logFrom = serviceLog.length;
    try {
      const categories = await catalog.listCategories('de-DE');
      expect(categories.ok === false && categories.error.status).toBe(503);
    } finally {
      await services.request('POST', '/__ops/faults', { body: { mode: 'none' } });
    }

    await provider.forceFlush();
    const span = receiver.spans().find((s) => s.name === 'GET /catalog/categories');
    expect(attribute(span!.attributes, 'http.request.resend_count')).toBe(2); // SERVICE_RETRIES' default
    expect(attribute(span!.attributes, 'http.response.status_code')).toBe(503);
    expect(attribute(span!.attributes, 'error.type')).toBe('503');
    const attempts = serviceLog
      .slice(logFrom)
      .filter((entry) => entry.route === 'GET /catalog/categories');
    expect(attempts.map((entry) => entry.traceId)).toEqual([
      span!.traceId,
      span!.traceId,
      span!.traceId,
    ]);
  });
});
