import type { VitalName } from './vitals';

/**
 * The exact metric families `GET /api/metrics` exposes, for recording rules, alerts and
 * dashboards (observability/). The OpenTelemetry Prometheus exporter (0.301) keeps an
 * instrument's name as is (no unit suffix), adds `_bucket`/`_sum`/`_count` to histograms and
 * `_total` to counters. Values are in the vital's unit from vitals.ts: milliseconds, CLS unitless.
 * `le` labels print the boundaries of VITALS[name].buckets as JavaScript numbers ("2500", "0.1").
 * lib/rum/metrics-export.test.ts checks these names against a real scrape.
 */
export const PROMETHEUS_HISTOGRAMS = {
  LCP: {
    family: 'web_vitals_lcp',
    bucket: 'web_vitals_lcp_bucket',
    sum: 'web_vitals_lcp_sum',
    count: 'web_vitals_lcp_count',
  },
  INP: {
    family: 'web_vitals_inp',
    bucket: 'web_vitals_inp_bucket',
    sum: 'web_vitals_inp_sum',
    count: 'web_vitals_inp_count',
  },
  CLS: {
    family: 'web_vitals_cls',
    bucket: 'web_vitals_cls_bucket',
    sum: 'web_vitals_cls_sum',
    count: 'web_vitals_cls_count',
  },
  FCP: {
    family: 'web_vitals_fcp',
    bucket: 'web_vitals_fcp_bucket',
    sum: 'web_vitals_fcp_sum',
    count: 'web_vitals_fcp_count',
  },
  TTFB: {
    family: 'web_vitals_ttfb',
    bucket: 'web_vitals_ttfb_bucket',
    sum: 'web_vitals_ttfb_sum',
    count: 'web_vitals_ttfb_count',
  },
} as const satisfies Record<
  VitalName,
  { family: string; bucket: string; sum: string; count: string }
>;

/** Labels on every vital series: route template, device class, locale, server-computed rating, variants ("exp:variant,…" sorted, or "none"). */
export const PROMETHEUS_VITAL_LABELS = ['route', 'device', 'locale', 'rating', 'variant'] as const;

/** Beacons posted to /api/rum by outcome: `accepted` or the reason one was refused. */
export const PROMETHEUS_BEACONS_TOTAL = 'rum_beacons_total';

export const BEACON_OUTCOMES = [
  'accepted',
  'bot',
  'cross_site',
  'rate_limited',
  'unsupported_media_type',
  'payload_too_large',
  'malformed_json',
  'invalid',
] as const;
export type BeaconOutcome = (typeof BEACON_OUTCOMES)[number];
