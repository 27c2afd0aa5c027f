import { describe, expect, it } from 'vitest';
import { tracesUrl } from './span-exporter';

describe('tracesUrl', () => {
  it('appends the signal path to the general endpoint, slash or not', () => {
    expect(tracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(
      'http://collector:4318/v1/traces',
    );
    expect(tracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/otlp/' })).toBe(
      'http://collector:4318/otlp/v1/traces',
    );
  });

  it('takes the traces URL as it is, over the general endpoint', () => {
    const env = {
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:9999/custom',
    };
    expect(tracesUrl(env)).toBe('http://b:9999/custom');
  });

  it('is undefined with neither: no exporter, no tracing', () => {
    expect(tracesUrl({})).toBeUndefined();
  });
});
