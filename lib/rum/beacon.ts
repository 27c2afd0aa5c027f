import { z } from 'zod';
import { DEVICE_CLASSES } from '@/lib/device/device-class';
import { locales, markets, type Locale } from '@/lib/i18n/markets';
import { ROUTE_TEMPLATE_NAMES, type RouteTemplate } from './route-templates';
import {
  CONNECTION_TYPES,
  NAVIGATION_TYPES,
  RATINGS,
  VITAL_NAMES,
  VITALS,
  type VitalName,
} from './vitals';

/**
 * What the browser sends to `POST /api/rum`: one page view's context and a batch of metric
 * records. Everything is bounded (strings, arrays, numbers), because anyone can post here.
 * Server-only (zod); the browser imports the types alone.
 */
const selector = z.string().max(200);
const duration = z.number().finite().min(0).max(120_000);

const attribution = {
  LCP: z
    .object({
      element: selector,
      timeToFirstByte: duration,
      resourceLoadDelay: duration,
      resourceLoadDuration: duration,
      elementRenderDelay: duration,
    })
    .partial()
    .strict(),
  INP: z
    .object({
      target: selector,
      interactionType: z.enum(['pointer', 'keyboard']),
      inputDelay: duration,
      processingDuration: duration,
      presentationDelay: duration,
      loadState: z.string().max(20),
    })
    .partial()
    .strict(),
  CLS: z
    .object({
      largestShiftTarget: selector,
      largestShiftTime: duration,
      largestShiftValue: z.number().finite().min(0).max(10),
      loadState: z.string().max(20),
    })
    .partial()
    .strict(),
  FCP: z
    .object({ timeToFirstByte: duration, firstByteToFCP: duration, loadState: z.string().max(20) })
    .partial()
    .strict(),
  TTFB: z
    .object({
      waitingDuration: duration,
      cacheDuration: duration,
      dnsDuration: duration,
      connectionDuration: duration,
      requestDuration: duration,
    })
    .partial()
    .strict(),
} satisfies Record<VitalName, z.ZodType>;

function record<N extends VitalName>(name: N) {
  return z
    .object({
      name: z.literal(name),
      value: z.number().finite().min(0).max(VITALS[name].max),
      delta: z.number().finite().min(-VITALS[name].max).max(VITALS[name].max),
      id: z.string().min(1).max(64),
      rating: z.enum(RATINGS),
      navigationType: z.enum(NAVIGATION_TYPES),
      attribution: attribution[name].optional(),
    })
    .strict();
}

const metricRecordSchema = z.discriminatedUnion('name', [
  record('LCP'),
  record('INP'),
  record('CLS'),
  record('FCP'),
  record('TTFB'),
]);
export type MetricRecord = z.infer<typeof metricRecordSchema>;

const experimentKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

export const beaconSchema = z
  .object({
    route: z.enum(ROUTE_TEMPLATE_NAMES as [RouteTemplate, ...RouteTemplate[]]),
    locale: z.enum(locales as [Locale, ...Locale[]]),
    market: z.enum(Object.values(markets).map((m) => m.market) as [string, ...string[]]),
    device: z.enum(DEVICE_CLASSES),
    connection: z.enum(CONNECTION_TYPES),
    /** Experiment key → variant the visitor saw (filled once experiments exist). */
    variants: z
      .record(experimentKey, experimentKey)
      .refine((v) => Object.keys(v).length <= 10, 'at most 10 experiments')
      .default({}),
    metrics: z
      .array(metricRecordSchema)
      .min(1)
      .max(VITAL_NAMES.length * 4),
  })
  .strict();

export type Beacon = z.infer<typeof beaconSchema>;
export type BeaconInput = z.input<typeof beaconSchema>;

/** Largest body the collector reads (413 beyond). */
export const MAX_BEACON_BYTES = 16 * 1024;
