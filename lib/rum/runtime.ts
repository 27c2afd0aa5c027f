import { serverEnv, type ServerEnv } from '@/lib/env/server';
import { storefrontResource } from '@/lib/telemetry/resource';
import { redisShare, type RedisShare } from '@/lib/redis/share';
import { createRumMetrics, type RumMetrics, type RumMetricsOptions } from './otel-metrics';
import type { RateLimit } from '../security/rate-limit';
import { createSharedRateLimiter } from '../security/shared-rate-limit';
import { localView, shareVitals, type VitalsView } from './store/cluster-vitals';
import { createVitalsStore, type VitalsStore } from './store/vitals-store';
import { createVariantLabeler } from './capped-variant-labels';

/** Everything a beacon is recorded into, and what guards it; one per server process. */
export interface RumRuntime {
  /** Per instance, always: Prometheus scrapes every instance. */
  metrics: RumMetrics;
  /** This instance's last hour (published for the others when shared). */
  store: VitalsStore;
  /** What the ops pages read: every instance's last hour when shared, else `store`'s. */
  vitals: VitalsView;
  limiter: RateLimit;
  labelVariant: (variants: Readonly<Record<string, string>>) => string;
}

export interface RumConfig extends RumMetricsOptions {
  ratePerMinute: number;
  /** Redis (REDIS_URL): one rate limit and one ops view for all instances. Unset: this process's. */
  share?: RedisShare;
}

export function createRumRuntime(config: RumConfig): RumRuntime {
  const store = createVitalsStore();
  const shared = config.share && shareVitals(store, config.share);
  return {
    metrics: createRumMetrics(config),
    store: shared?.store ?? store,
    vitals: shared?.view ?? localView(store),
    limiter: createSharedRateLimiter(
      { name: 'rum', perMinute: config.ratePerMinute, burst: 2 * config.ratePerMinute },
      config.share,
    ),
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
 * instance lives on globalThis: one MeterProvider, one store, one rate limit for all of them
 * (and, with REDIS_URL, one Redis connection shared with the cache: lib/redis/).
 */
const KEY = Symbol.for('storefront.rum.runtime');

export function rumRuntime(): RumRuntime {
  const holder = globalThis as typeof globalThis & { [KEY]?: RumRuntime };
  holder[KEY] ??= createRumRuntime({ ...rumConfig(serverEnv()), share: redisShare() });
  return holder[KEY];
}
