import { breakerStates, type BreakerState } from './circuit-breaker';

const STATE_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

/**
 * This process's circuit breakers in Prometheus text format, appended to /api/metrics: an alert
 * on `storefront_service_breaker_state == 2` names the service that is down, per instance.
 */
export function breakerMetricsText(): string {
  const states = breakerStates();
  const label = (service: string) => `{service="${service.replace(/["\\\n]/g, '_')}"}`;
  return [
    '# HELP storefront_service_breaker_state Circuit breaker of a backend service: 0 closed, 1 half-open, 2 open.',
    '# TYPE storefront_service_breaker_state gauge',
    ...states.map(
      (s) => `storefront_service_breaker_state${label(s.service)} ${STATE_VALUE[s.state]}`,
    ),
    '# HELP storefront_service_breaker_refused_total Calls an open breaker refused without sending them.',
    '# TYPE storefront_service_breaker_refused_total counter',
    ...states.map(
      (s) => `storefront_service_breaker_refused_total${label(s.service)} ${s.refused}`,
    ),
    '',
  ].join('\n');
}
