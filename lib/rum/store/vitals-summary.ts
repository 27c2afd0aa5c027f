import { rate, VITAL_NAMES, VITALS, type Rating, type VitalName } from '../vitals';
import { addInto, BIN_COUNT, quantile } from './log-histogram';
import { variantKey, WINDOW_MINUTES, type Cell, type Minute } from './vitals-store';

export interface RatingSplit {
  good: number;
  needsImprovement: number;
  poor: number;
}

export interface MinutePoint {
  /** Start of the minute (ISO 8601). */
  start: string;
  count: number;
  p75: number | null;
  split: RatingSplit;
}

interface SeriesSummary {
  route: string;
  device: string;
  count: number;
  p75: number | null;
  rating: Rating | null;
  split: RatingSplit;
  /** One point per minute of the window, oldest first, empty minutes included. */
  minutes: MinutePoint[];
}

export interface TargetSummary {
  route: string;
  target: string;
  count: number;
  mean: number;
  poorShare: number;
}

export interface MetricSummary {
  name: VitalName;
  unit: string;
  good: number;
  poor: number;
  /** Every route and device class together. */
  overall: SeriesSummary;
  /** Per route template and device class, busiest first. */
  series: SeriesSummary[];
  /** Most frequent attribution targets (LCP element, INP target, CLS largest shift), per route. */
  topTargets: TargetSummary[];
}

export interface VitalsSummary {
  generatedAt: string;
  windowMinutes: number;
  metrics: MetricSummary[];
}

/** The ops page's and /api/ops/vitals' view of the last hour, from the store's minutes. */
export function summarize(minutes: Minute[], now: number, topCount = 10): VitalsSummary {
  const newest = Math.floor(now / 60_000);
  const starts = Array.from({ length: WINDOW_MINUTES }, (_, i) => newest - WINDOW_MINUTES + 1 + i);
  return {
    generatedAt: new Date(now).toISOString(),
    windowMinutes: WINDOW_MINUTES,
    metrics: VITAL_NAMES.map((name) => {
      const overall: CellsByMinute = new Map();
      const byRouteAndDevice = new Map<
        string,
        { route: string; device: string; cells: CellsByMinute }
      >();
      for (const minute of minutes) {
        for (const cell of minute.cells.values()) {
          if (cell.name !== name) continue;
          const key = `${cell.route}|${cell.device}`;
          const group = byRouteAndDevice.get(key) ?? {
            route: cell.route,
            device: cell.device,
            cells: new Map(),
          };
          byRouteAndDevice.set(key, group);
          push(group.cells, minute.minute, cell);
          push(overall, minute.minute, cell);
        }
      }
      const series = [...byRouteAndDevice.values()].map(({ route, device, cells }) =>
        seriesOf(name, route, device, starts, cells),
      );
      const { good, poor, unit } = VITALS[name];
      return {
        name,
        unit,
        good,
        poor,
        overall: seriesOf(name, 'all', 'all', starts, overall),
        series: series.sort((a, b) => b.count - a.count),
        topTargets: topTargets(name, minutes, topCount),
      };
    }),
  };
}

type CellsByMinute = Map<number, Cell[]>;

function push(map: CellsByMinute, minute: number, cell: Cell): void {
  const list = map.get(minute);
  if (list) list.push(cell);
  else map.set(minute, [cell]);
}

function seriesOf(
  name: VitalName,
  route: string,
  device: string,
  starts: number[],
  cells: CellsByMinute,
): SeriesSummary {
  const total = aggregate(name, [...cells.values()].flat());
  const minutes = starts.map((start) => ({
    start: new Date(start * 60_000).toISOString(),
    ...aggregate(name, cells.get(start) ?? []),
  }));
  return {
    route,
    device,
    ...total,
    rating: total.p75 === null ? null : rate(name, total.p75),
    minutes,
  };
}

/** p75 of one metric over the window for the visitors of one experiment's variant, with its sample size. */
export function variantP75(
  minutes: Minute[],
  name: VitalName,
  experiment: string,
  variant: string,
): { count: number; p75: number | null } {
  const bins = new Uint32Array(BIN_COUNT);
  for (const minute of minutes) {
    const counted = minute.variants.get(variantKey(name, `${experiment}:${variant}`));
    if (counted) addInto(bins, counted);
  }
  const p75 = quantile(bins, 0.75, VITALS[name].max);
  return {
    count: bins.reduce((sum, n) => sum + n, 0),
    p75: p75 === undefined ? null : round(name, p75),
  };
}

function aggregate(
  name: VitalName,
  cells: Cell[],
): { count: number; p75: number | null; split: RatingSplit } {
  const bins = new Uint32Array(BIN_COUNT);
  const split = { good: 0, needsImprovement: 0, poor: 0 };
  for (const cell of cells) {
    addInto(bins, cell.bins);
    split.good += cell.ratings[0];
    split.needsImprovement += cell.ratings[1];
    split.poor += cell.ratings[2];
  }
  const p75 = quantile(bins, 0.75, VITALS[name].max);
  return {
    count: split.good + split.needsImprovement + split.poor,
    p75: p75 === undefined ? null : round(name, p75),
    split,
  };
}

function topTargets(name: VitalName, minutes: Minute[], topCount: number): TargetSummary[] {
  const merged = new Map<string, TargetSummary & { rank: number; sum: number; poor: number }>();
  for (const minute of minutes) {
    for (const entry of minute.targets[name]?.entries() ?? []) {
      const key = `${entry.route}\u0000${entry.target}`;
      const into = merged.get(key) ?? {
        route: entry.route,
        target: entry.target,
        count: 0,
        mean: 0,
        poorShare: 0,
        rank: 0,
        sum: 0,
        poor: 0,
      };
      into.rank += entry.rank;
      into.count += entry.count;
      into.sum += entry.sum;
      into.poor += entry.poor;
      merged.set(key, into);
    }
  }
  // The most frequent `topCount` of each route: a busy route's targets must not crowd a quieter
  // route's out of the table, which lists them by route.
  const perRoute = new Map<string, number>();
  return [...merged.values()]
    .sort((a, b) => b.rank - a.rank)
    .filter(({ route }) => {
      const shown = perRoute.get(route) ?? 0;
      perRoute.set(route, shown + 1);
      return shown < topCount;
    })
    .map(({ route, target, count, sum, poor }) => ({
      route,
      target,
      count,
      mean: round(name, sum / count),
      poorShare: poor / count,
    }));
}

/** Milliseconds to the millisecond, CLS to three decimals: more digits would be noise. */
function round(name: VitalName, value: number): number {
  return name === 'CLS' ? Math.round(value * 1000) / 1000 : Math.round(value);
}
