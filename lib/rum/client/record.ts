import type { MetricWithAttribution } from 'web-vitals/attribution';
import type { MetricRecord } from '@/lib/rum/beacon';
import { VITALS } from '@/lib/rum/vitals';

/** The collector's limits (lib/rum/beacon.ts, not imported here: it brings zod). */
const MAX_SELECTOR = 200;
const MAX_DURATION = 120_000;

/** The end of a selector is the element itself, so a long one keeps its end. */
function selector(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return value.length > MAX_SELECTOR ? value.slice(-MAX_SELECTOR) : value;
}

/** Milliseconds to 0.1 ms; out of the collector's range, the field is left out rather than the beacon refused. */
function ms(value: number | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value) || value < 0 || value > MAX_DURATION)
    return undefined;
  return Math.round(value * 10) / 10;
}

function round(name: MetricWithAttribution['name'], value: number): number {
  return name === 'CLS' ? Math.round(value * 10_000) / 10_000 : Math.round(value * 10) / 10;
}

/**
 * One metric as the collector takes it, with the parts of its attribution the collector accepts:
 * never a URL (the LCP resource's may carry a query) nor anything else about the shopper;
 * element selectors are built from tag names, ids and classes. Undefined when the value is
 * outside the collector's range (an LCP after minutes in a background tab), because one bad
 * record would get the whole beacon refused. Fields left undefined disappear in JSON.
 */
export function toRecord(metric: MetricWithAttribution): MetricRecord | undefined {
  const { max } = VITALS[metric.name];
  if (!(metric.value >= 0 && metric.value <= max && Math.abs(metric.delta) <= max))
    return undefined;
  const base = {
    value: round(metric.name, metric.value),
    delta: round(metric.name, metric.delta),
    id: metric.id,
    rating: metric.rating,
    navigationType: metric.navigationType,
  };
  switch (metric.name) {
    case 'LCP': {
      const a = metric.attribution;
      return {
        ...base,
        name: 'LCP',
        attribution: {
          element: selector(a.target),
          timeToFirstByte: ms(a.timeToFirstByte),
          resourceLoadDelay: ms(a.resourceLoadDelay),
          resourceLoadDuration: ms(a.resourceLoadDuration),
          elementRenderDelay: ms(a.elementRenderDelay),
        },
      };
    }
    case 'INP': {
      const a = metric.attribution;
      return {
        ...base,
        name: 'INP',
        attribution: {
          target: selector(a.interactionTarget),
          interactionType: a.interactionType,
          inputDelay: ms(a.inputDelay),
          processingDuration: ms(a.processingDuration),
          presentationDelay: ms(a.presentationDelay),
          loadState: a.loadState,
        },
      };
    }
    case 'CLS': {
      const a = metric.attribution;
      const shift = a.largestShiftValue;
      const largestShiftValue =
        shift !== undefined && shift <= max ? round('CLS', shift) : undefined;
      return {
        ...base,
        name: 'CLS',
        attribution: {
          largestShiftTarget: selector(a.largestShiftTarget),
          largestShiftTime: ms(a.largestShiftTime),
          largestShiftValue,
          loadState: a.loadState,
        },
      };
    }
    case 'FCP': {
      const a = metric.attribution;
      return {
        ...base,
        name: 'FCP',
        attribution: {
          timeToFirstByte: ms(a.timeToFirstByte),
          firstByteToFCP: ms(a.firstByteToFCP),
          loadState: a.loadState,
        },
      };
    }
    case 'TTFB': {
      const a = metric.attribution;
      return {
        ...base,
        name: 'TTFB',
        attribution: {
          waitingDuration: ms(a.waitingDuration),
          cacheDuration: ms(a.cacheDuration),
          dnsDuration: ms(a.dnsDuration),
          connectionDuration: ms(a.connectionDuration),
          requestDuration: ms(a.requestDuration),
        },
      };
    }
  }
}
