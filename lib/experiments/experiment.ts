import type { Locale } from '@/lib/i18n/markets';
import type { DeviceClass } from '@/lib/device/device-class';
import type { ConversionKind } from '@/lib/services/events/client';

/** The page an experiment changes; each is an ISR page of its own per variant combination. */
export type ExperimentPage = 'home' | 'product';
/** What a conversion can be: the events service's contract (openapi/events.yaml) decides. */
export type { ConversionKind } from '@/lib/services/events/client';

/**
 * The value a visitor outside the experiment gets (a crawler, someone not targeted, every
 * visitor before the start or after the stop): they see the control (or the winner, once
 * stopped) and are never counted.
 */
export const NOT_ENROLLED = 'off';

export interface Experiment<V extends string = string> {
  key: string;
  hypothesis: string;
  page: ExperimentPage;
  /** Variant → weight; the first variant is the control. */
  variants: Record<V, number>;
  targeting?: { locales?: readonly Locale[]; devices?: readonly DeviceClass[] };
  /** ISO dates (UTC). From `stop` on, everyone sees `winner`, or the control without one. */
  start: string;
  stop?: string;
  winner?: NoInfer<V>;
  primaryMetric: ConversionKind;
}

const KEY = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** Checks at definition time what the types cannot: key shapes, positive weights, a real winner. */
export function defineExperiment<const V extends string>(experiment: Experiment<V>): Experiment<V> {
  const variants = Object.entries<number>(experiment.variants);
  const problems = [
    !KEY.test(experiment.key) && 'key must be lower-case letters, digits and dashes',
    variants.length < 2 && 'needs at least two variants',
    variants.some(([name, weight]) => !KEY.test(name) || name === NOT_ENROLLED || !(weight > 0)) &&
      `variant names are keys (not "${NOT_ENROLLED}") with positive weights`,
    Number.isNaN(Date.parse(experiment.start)) && 'start is not a date',
    experiment.stop !== undefined &&
      Number.isNaN(Date.parse(experiment.stop)) &&
      'stop is not a date',
  ].filter(Boolean);
  if (problems.length > 0)
    throw new Error(`Experiment "${experiment.key}": ${problems.join('; ')}`);
  return experiment;
}

export function variantNames(experiment: Experiment): string[] {
  return Object.keys(experiment.variants);
}

export function controlVariant(experiment: Experiment): string {
  return variantNames(experiment)[0]!;
}

/** What a visitor who is not enrolled sees. */
export function fallbackVariant(experiment: Experiment): string {
  return experiment.winner ?? controlVariant(experiment);
}

export function isRunning(experiment: Experiment, now: Date): boolean {
  const time = now.getTime();
  return (
    time >= Date.parse(experiment.start) &&
    (experiment.stop === undefined || time < Date.parse(experiment.stop))
  );
}
