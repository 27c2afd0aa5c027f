import type { Beacon } from './beacon';
import type { RouteTemplate } from './route-templates';
import type { DeviceClass } from '@/lib/device/device-class';
import { rate, type Rating, type VitalName } from './vitals';

/** One metric record as the aggregations see it: labelled, rated by the server. */
export interface VitalSample {
  name: VitalName;
  value: number;
  rating: Rating;
  route: RouteTemplate;
  device: DeviceClass;
  locale: string;
  variant: string;
  /** The element the attribution blames (LCP element, INP target, CLS largest shift), if any. */
  target?: string;
}

/**
 * A validated beacon's records as samples. The rating is recomputed from the value with the
 * thresholds in vitals.ts: the browser's claim is never trusted.
 */
export function toSamples(beacon: Beacon, variant: string): VitalSample[] {
  return beacon.metrics.map((metric) => ({
    name: metric.name,
    value: metric.value,
    rating: rate(metric.name, metric.value),
    route: beacon.route,
    device: beacon.device,
    locale: beacon.locale,
    variant,
    target: targetOf(metric),
  }));
}

function targetOf({ attribution }: Beacon['metrics'][number]): string | undefined {
  // Each metric's attribution schema is strict, so a field names its metric.
  if (!attribution) return undefined;
  if ('element' in attribution) return attribution.element;
  if ('target' in attribution) return attribution.target;
  if ('largestShiftTarget' in attribution) return attribution.largestShiftTarget;
  return undefined;
}
