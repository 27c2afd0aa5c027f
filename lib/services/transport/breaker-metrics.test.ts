import { describe, expect, it } from 'vitest';
import { breakerMetricsText } from './breaker-metrics';
import { breakerFor } from './circuit-breaker';

describe('breakerMetricsText', () => {
  it('gives each service its state and refusals in Prometheus text', () => {
    const breaker = breakerFor('metrics-test');
    for (let i = 0; i < 5; i++) breaker.record(false);
    breaker.admit();
    const text = breakerMetricsText();
    expect(text).toContain('# TYPE storefront_service_breaker_state gauge');
    expect(text).toContain('storefront_service_breaker_state{service="metrics-test"} 2');
    expect(text).toContain('storefront_service_breaker_refused_total{service="metrics-test"} 1');
  });
});
