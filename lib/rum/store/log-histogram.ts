/**
 * Counts in bins 10% wide on a log scale: a percentile read from it is within ±5% at any
 * magnitude (2 ms or 20 s, CLS 0.002 or 2), two of them merge by adding bins, and each takes a
 * fixed 148 counters. Coarser Prometheus-style buckets would put a p75 of 2.6 s and 2.9 s in
 * the same bucket; a reservoir would need weighting to merge minutes of different traffic.
 */
const GROWTH = 1.1;
const LOG_GROWTH = Math.log(GROWTH);
/** Values below max / RANGE share bin 0 and read as 0 (CLS is often exactly 0). */
const RANGE = 1e6;
export const BIN_COUNT = Math.ceil(Math.log(RANGE) / LOG_GROWTH) + 2;

export function binOf(value: number, max: number): number {
  const min = max / RANGE;
  if (value < min) return 0;
  return Math.min(BIN_COUNT - 1, 1 + Math.floor(Math.log(value / min) / LOG_GROWTH));
}

/** The geometric middle of a bin: at most 5% from any value that fell into it. */
function valueOf(bin: number, max: number): number {
  return bin === 0 ? 0 : (max / RANGE) * GROWTH ** (bin - 0.5);
}

/** The q-quantile (nearest rank) of the counted values, or undefined when there are none. */
export function quantile(bins: Uint32Array, q: number, max: number): number | undefined {
  let total = 0;
  for (const count of bins) total += count;
  if (total === 0) return undefined;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let bin = 0; bin < bins.length; bin++) {
    seen += bins[bin] ?? 0;
    if (seen >= rank) return valueOf(bin, max);
  }
  return undefined;
}

export function addInto(target: Uint32Array, source: Uint32Array): void {
  for (let bin = 0; bin < source.length; bin++)
    target[bin] = (target[bin] ?? 0) + (source[bin] ?? 0);
}
