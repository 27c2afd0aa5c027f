import { z } from 'zod';
import { VITAL_NAMES, type VitalName } from '../vitals';
import { addInto, BIN_COUNT } from './log-histogram';
import type { TargetStats } from './top-targets';
import { cellKey, type Cell, type Minute } from './vitals-store';

/**
 * One instance's minute as JSON for Redis (cluster-vitals.ts), and the merge of several
 * instances' minutes into one. Histograms are stored sparsely ([bin, count] pairs) and merge
 * by adding bins, rating counts by adding, so the merged minute is exactly what one process
 * would have counted; top-target lists are kept side by side and merged by summarize() as it
 * merges minutes. A version field lets a rolling deploy skip what another build wrote.
 */
const VERSION = 1;

const sparse = z.array(
  z.tuple([
    z
      .number()
      .int()
      .min(0)
      .max(BIN_COUNT - 1),
    z.number().int(),
  ]),
);
const count = z.number().int().min(0);
const minuteSchema = z.object({
  v: z.literal(VERSION),
  cells: z.array(
    z.tuple([z.enum(VITAL_NAMES), z.string(), z.string(), z.tuple([count, count, count]), sparse]),
  ),
  variants: z.array(z.tuple([z.string(), sparse])),
  targets: z.array(
    z.tuple([z.enum(VITAL_NAMES), z.string(), z.string(), count, count, z.number(), count]),
  ),
});

function toSparse(bins: Uint32Array): [number, number][] {
  const pairs: [number, number][] = [];
  bins.forEach((n, bin) => n > 0 && pairs.push([bin, n]));
  return pairs;
}

function fromSparse(pairs: [number, number][]): Uint32Array {
  const bins = new Uint32Array(BIN_COUNT);
  for (const [bin, n] of pairs) bins[bin] = n;
  return bins;
}

export function encodeMinute(minute: Minute): string {
  const targets: z.input<typeof minuteSchema>['targets'] = [];
  for (const name of VITAL_NAMES)
    for (const t of minute.targets[name]?.entries() ?? [])
      targets.push([name, t.route, t.target, t.rank, t.count, t.sum, t.poor]);
  return JSON.stringify({
    v: VERSION,
    cells: [...minute.cells.values()].map((c) => [
      c.name,
      c.route,
      c.device,
      c.ratings,
      toSparse(c.bins),
    ]),
    variants: [...minute.variants].map(([key, bins]) => [key, toSparse(bins)]),
    targets,
  } satisfies z.input<typeof minuteSchema>);
}

/** The minute another instance published, or undefined when it is not readable by this build. */
export function decodeMinute(minute: number, text: string): Minute | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = minuteSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { cells, variants, targets } = parsed.data;
  const lists: Partial<Record<VitalName, TargetStats[]>> = {};
  for (const [name, route, target, rank, n, sum, poor] of targets)
    (lists[name] ??= []).push({ route, target, rank, count: n, sum, poor });
  return {
    minute,
    cells: new Map(
      cells.map(([name, route, device, ratings, bins]) => [
        cellKey(name, route, device),
        { name, route, device, ratings, bins: fromSparse(bins) },
      ]),
    ),
    variants: new Map(variants.map(([key, bins]) => [key, fromSparse(bins)])),
    targets: Object.fromEntries(
      Object.entries(lists).map(([name, list]) => [name, { entries: () => list }]),
    ),
  };
}

/** Several instances' counts of one minute as one (the inputs are left untouched). */
export function mergeMinutes(minute: number, parts: Minute[]): Minute {
  const merged: Minute = { minute, cells: new Map(), variants: new Map(), targets: {} };
  const lists: Partial<Record<VitalName, TargetStats[]>> = {};
  for (const part of parts) {
    for (const [key, cell] of part.cells) {
      const into: Cell = merged.cells.get(key) ?? {
        ...cell,
        ratings: [0, 0, 0],
        bins: new Uint32Array(BIN_COUNT),
      };
      for (const i of [0, 1, 2] as const) into.ratings[i] += cell.ratings[i];
      addInto(into.bins, cell.bins);
      merged.cells.set(key, into);
    }
    for (const [key, bins] of part.variants) {
      const into = merged.variants.get(key) ?? new Uint32Array(BIN_COUNT);
      addInto(into, bins);
      merged.variants.set(key, into);
    }
    for (const name of VITAL_NAMES)
      for (const entry of part.targets[name]?.entries() ?? []) (lists[name] ??= []).push(entry);
  }
  for (const [name, list] of Object.entries(lists) as [VitalName, TargetStats[]][])
    merged.targets[name] = { entries: () => list };
  return merged;
}
