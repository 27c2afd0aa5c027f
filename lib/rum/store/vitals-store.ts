import type { VitalSample } from '../samples';
import { RATINGS, VITALS, type VitalName } from '../vitals';
import { BIN_COUNT, binOf } from './log-histogram';
import { createTopTargets, type TargetStats, type TopTargets } from './top-targets';

/** One metric × route × device class in one minute. */
export interface Cell {
  name: VitalName;
  route: string;
  device: string;
  /** Counts by rating, in the order of RATINGS. */
  ratings: [number, number, number];
  bins: Uint32Array;
}

export interface Minute {
  /** Minutes since the epoch. */
  minute: number;
  cells: Map<string, Cell>;
  /** This process's top targets, or several instances' lists side by side (minute-codec.ts). */
  targets: Partial<Record<VitalName, { entries(): Iterable<TargetStats> }>>;
  /** Per metric × "experiment:variant" pair: the guardrails of the experiment results page. */
  variants: Map<string, Uint32Array>;
}

/** A minute this process is still adding to. */
interface LiveMinute extends Minute {
  targets: Partial<Record<VitalName, TopTargets>>;
}

export const cellKey = (name: VitalName, route: string, device: string) =>
  `${name}|${route}|${device}`;

export const variantKey = (name: VitalName, pair: string) => `${name}|${pair}`;

export const WINDOW_MINUTES = 60;

/**
 * What the /ops/vitals page shows, kept in this process: a ring of one-minute slots over the
 * last hour, each with a small log histogram and rating counts per metric × route × device
 * class (all enums, so at most 150 cells a minute) and the top attribution targets. Memory is
 * bounded (about 6 MB at most) and old minutes are overwritten, never swept.
 */
export function createVitalsStore() {
  const ring: (LiveMinute | undefined)[] = new Array<LiveMinute | undefined>(WINDOW_MINUTES);

  function minuteOf(now: number): LiveMinute {
    const minute = Math.floor(now / 60_000);
    const slot = minute % WINDOW_MINUTES;
    const current = ring[slot];
    if (current?.minute === minute) return current;
    const fresh: LiveMinute = { minute, cells: new Map(), targets: {}, variants: new Map() };
    ring[slot] = fresh;
    return fresh;
  }

  return {
    add(sample: VitalSample, now: number): void {
      const minute = minuteOf(now);
      const key = cellKey(sample.name, sample.route, sample.device);
      let cell = minute.cells.get(key);
      if (!cell) {
        cell = {
          name: sample.name,
          route: sample.route,
          device: sample.device,
          ratings: [0, 0, 0],
          bins: new Uint32Array(BIN_COUNT),
        };
        minute.cells.set(key, cell);
      }
      cell.ratings[RATINGS.indexOf(sample.rating) as 0 | 1 | 2] += 1;
      const bin = binOf(sample.value, VITALS[sample.name].max);
      cell.bins[bin]! += 1;
      // "none" and "other" hold no pair; a label has at most one pair per experiment.
      for (const pair of sample.variant.split(',')) {
        if (!pair.includes(':')) continue;
        const key = variantKey(sample.name, pair);
        let bins = minute.variants.get(key);
        if (!bins) minute.variants.set(key, (bins = new Uint32Array(BIN_COUNT)));
        bins[bin]! += 1;
      }
      if (sample.target) {
        const top = (minute.targets[sample.name] ??= createTopTargets());
        top.add(sample.route, sample.target, sample.value, sample.rating === 'poor');
      }
    },
    /** The minutes of the last hour that have data, oldest first. */
    window(now: number): Minute[] {
      const newest = Math.floor(now / 60_000);
      return ring
        .filter(
          (minute): minute is LiveMinute =>
            minute !== undefined &&
            minute.minute > newest - WINDOW_MINUTES &&
            minute.minute <= newest,
        )
        .sort((a, b) => a.minute - b.minute);
    },
  };
}

export type VitalsStore = ReturnType<typeof createVitalsStore>;
