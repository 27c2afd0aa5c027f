import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { PrometheusExporter, PrometheusSerializer } from '@opentelemetry/exporter-prometheus';
import type { Resource } from '@opentelemetry/resources';
import {
  AggregationType,
  MeterProvider,
  PeriodicExportingMetricReader,
  type IMetricReader,
  type ViewOptions,
} from '@opentelemetry/sdk-metrics';
import { storefrontResource } from '@/lib/telemetry/resource';
import { BEACON_OUTCOMES, type BeaconOutcome } from './prometheus-names';
import type { VitalSample } from './samples';
import { VITAL_NAMES, VITALS } from './vitals';

export interface RumMetricsOptions {
  /** Who emits the metrics; the same resource as the traces' (lib/telemetry/resource.ts). */
  resource?: Resource;
  /** Push the same metrics over OTLP/HTTP (JSON) to this URL (…/v1/metrics) at this interval. */
  otlp?: { url: string; intervalMs: number };
}

// Label combinations are bounded (enums, variant labels capped in variant-label.ts); this only
// lifts the SDK's 2,000-series default, which routes × devices × locales × ratings × variants can pass.
const SERIES_LIMIT = 20_000;

/** Each vital's histogram gets the buckets from vitals.ts, with a boundary on both thresholds. */
const views: ViewOptions[] = VITAL_NAMES.map((name) => ({
  instrumentName: VITALS[name].instrument,
  aggregation: {
    type: AggregationType.EXPLICIT_BUCKET_HISTOGRAM,
    options: { boundaries: [...VITALS[name].buckets], recordMinMax: true },
  },
  aggregationCardinalityLimit: SERIES_LIMIT,
}));

/**
 * The OpenTelemetry side of RUM: one MeterProvider with a histogram per vital and a counter of
 * beacons by outcome, read by a pull reader for Prometheus text (no server of its own: the
 * route handler serves it) and, when configured, a periodic OTLP push. Recording is
 * synchronous and in memory; exporting never blocks a beacon.
 */
export function createRumMetrics(options: RumMetricsOptions = {}) {
  const prometheus = new PrometheusExporter({ preventServerStart: true, withoutScopeInfo: true });
  // The exporter's own serializer is private; this one has the same settings.
  const serializer = new PrometheusSerializer(undefined, false, undefined, false, true);
  const readers: IMetricReader[] = [prometheus];
  if (options.otlp) {
    readers.push(
      new PeriodicExportingMetricReader({
        exporter: new OTLPMetricExporter({ url: options.otlp.url }),
        exportIntervalMillis: options.otlp.intervalMs,
        exportTimeoutMillis: Math.min(options.otlp.intervalMs, 10_000),
      }),
    );
  }
  const provider = new MeterProvider({
    resource: options.resource ?? storefrontResource('storefront'),
    views,
    readers,
  });
  const meter = provider.getMeter('storefront-rum');
  const histograms = Object.fromEntries(
    VITAL_NAMES.map((name) => [
      name,
      meter.createHistogram(VITALS[name].instrument, {
        unit: VITALS[name].unit,
        description: `${name} from real visitors (web-vitals), by route template, device class, locale, rating and experiment variants`,
      }),
    ]),
  );
  const beacons = meter.createCounter('rum_beacons', {
    description: 'Beacons posted to /api/rum, by outcome (accepted or why refused)',
  });
  // Every outcome exists from the start at 0, so rate() and alerts see the first refusal.
  for (const outcome of BEACON_OUTCOMES) beacons.add(0, { outcome });

  return {
    record(sample: VitalSample): void {
      const { route, device, locale, rating, variant } = sample;
      histograms[sample.name]?.record(sample.value, { route, device, locale, rating, variant });
    },
    count(outcome: BeaconOutcome): void {
      beacons.add(1, { outcome });
    },
    /** The current state in Prometheus text exposition format 0.0.4. */
    async scrape(): Promise<string> {
      const { resourceMetrics } = await prometheus.collect();
      return serializer.serialize(resourceMetrics);
    },
    forceFlush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

export type RumMetrics = ReturnType<typeof createRumMetrics>;
