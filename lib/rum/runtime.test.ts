import { describe, expect, it } from 'vitest';
import { rumConfig } from './runtime';

const env = {
  OTEL_SERVICE_NAME: 'storefront',
  RUM_RATE_LIMIT_PER_MIN: 30,
  OTEL_METRIC_EXPORT_INTERVAL: 15_000,
  OTEL_EXPORTER_OTLP_ENDPOINT: undefined,
  OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: undefined,
};

describe('rumConfig', () => {
  it('pushes nothing without an endpoint', () => {
    expect(rumConfig(env).otlp).toBeUndefined();
  });

  it('derives <endpoint>/v1/metrics, and the metrics endpoint wins', () => {
    expect(rumConfig({ ...env, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4318/' }).otlp).toEqual({
      url: 'http://otel:4318/v1/metrics',
      intervalMs: 15_000,
    });
    expect(
      rumConfig({
        ...env,
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4318',
        OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://m:9/ingest',
      }).otlp?.url,
    ).toBe('http://m:9/ingest');
  });

  it('names the service in the resource', () => {
    expect(
      rumConfig({ ...env, OTEL_SERVICE_NAME: 'shop-eu' }).resource?.attributes['service.name'],
    ).toBe('shop-eu');
  });
});
