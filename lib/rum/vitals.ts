/**
 * The Core Web Vitals the storefront measures, in one place that the browser reporter, the
 * collector's validation, the histograms and the dashboards all read. `good` and `poor` are
 * Google's thresholds (a value ≤ good is "good", > poor is "poor"); the histogram buckets put a
 * boundary exactly on both, so "share of good views" is a bucket count, not an estimate.
 */
export const VITALS = {
  LCP: {
    instrument: 'web_vitals_lcp',
    unit: 'ms',
    good: 2500,
    poor: 4000,
    max: 120_000,
    buckets: [500, 1000, 1500, 2000, 2500, 3000, 4000, 6000, 10000, 20000],
  },
  INP: {
    instrument: 'web_vitals_inp',
    unit: 'ms',
    good: 200,
    poor: 500,
    max: 60_000,
    buckets: [50, 100, 150, 200, 300, 500, 1000, 2000, 5000],
  },
  CLS: {
    instrument: 'web_vitals_cls',
    unit: '1',
    good: 0.1,
    poor: 0.25,
    max: 10,
    buckets: [0.01, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2],
  },
  FCP: {
    instrument: 'web_vitals_fcp',
    unit: 'ms',
    good: 1800,
    poor: 3000,
    max: 120_000,
    buckets: [500, 1000, 1500, 1800, 2500, 3000, 4000, 6000, 10000],
  },
  TTFB: {
    instrument: 'web_vitals_ttfb',
    unit: 'ms',
    good: 800,
    poor: 1800,
    max: 120_000,
    buckets: [100, 200, 400, 800, 1200, 1800, 3000, 6000],
  },
} as const;

export type VitalName = keyof typeof VITALS;
export const VITAL_NAMES = Object.keys(VITALS) as VitalName[];

export const RATINGS = ['good', 'needs-improvement', 'poor'] as const;
export type Rating = (typeof RATINGS)[number];

/** The rating a value earns, computed on the server too: a beacon's own claim is not trusted. */
export function rate(name: VitalName, value: number): Rating {
  const { good, poor } = VITALS[name];
  return value <= good ? 'good' : value <= poor ? 'needs-improvement' : 'poor';
}

export const CONNECTION_TYPES = ['slow-2g', '2g', '3g', '4g', 'unknown'] as const;
export type ConnectionType = (typeof CONNECTION_TYPES)[number];

export const NAVIGATION_TYPES = [
  'navigate',
  'reload',
  'back-forward',
  'back-forward-cache',
  'prerender',
  'restore',
  'soft-navigation',
] as const;
