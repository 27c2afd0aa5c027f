import { serverEnv, type ServerEnv } from '@/lib/env/server';
import { storefrontResource } from '@/lib/telemetry/resource';
import { createRumMetrics, type RumMetrics, type RumMetricsOptions } from './otel-metrics';
import { createRateLimiter, type RateLimiter } from '../security/rate-limit';
import { createVitalsStore, type VitalsStore } from './store/vitals-store';
import { createVariantLabeler } from './capped-variant-labels';

/** Everything a beacon is recorded into, and what guards it; one per server process. */
export interface RumRuntime {
  metrics: RumMetrics;
  store: VitalsStore;
  limiter: RateLimiter;
  labelVariant: (variants: Readonly<Record<string, string>>) => string;
}

export interface RumConfig extends RumMetricsOptions {
  ratePerMinute: number;
}

export function createRumRuntime(config: RumConfig): RumRuntime {
  return {
    metrics: createRumMetrics(config),
    store: createVitalsStore(),
    limiter: createRateLimiter({
      perMinute: config.ratePerMinute,
      burst: 2 * config.ratePerMinute,
    }),
    labelVariant: createVariantLabeler(),
  };
}

type RumEnv = Pick<
  ServerEnv,
  | 'OTEL_SERVICE_NAME'
  | 'RUM_RATE_LIMIT_PER_MIN'
  | 'OTEL_EXPORTER_OTLP_ENDPOINT'
  | 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT'
  | 'OTEL_METRIC_EXPORT_INTERVAL'
>;

/** By the OTLP convention: the signal's own URL, else `<endpoint>/v1/metrics`; none, no push. */
export function rumConfig(env: RumEnv): RumConfig {
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '');
  const url =
    env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT ??
    (base === undefined ? undefined : `${base}/v1/metrics`);
  return {
    ratePerMinute: env.RUM_RATE_LIMIT_PER_MIN,
    resource: storefrontResource(env.OTEL_SERVICE_NAME),
    otlp: url === undefined ? undefined : { url, intervalMs: env.OTEL_METRIC_EXPORT_INTERVAL },
  };
}

/**
 * The process's runtime, made on first use (a beacon, a scrape or the ops page). Next bundles
 * each route handler and page separately, each with its own copy of this module, so the
 * instance lives on globalThis: one MeterProvider, one store, one rate limit for all of them.
 */
const KEY = Symbol.for('storefront.rum.runtime');

export function rumRuntime(): RumRuntime {
  const holder = globalThis as typeof globalThis & { [KEY]?: RumRuntime };
  holder[KEY] ??= createRumRuntime(rumConfig(serverEnv()));
  return holder[KEY];
}
