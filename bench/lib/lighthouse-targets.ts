import { median } from './median';
import type { Diagnostics } from './lighthouse-diagnose';
import { METRICS, type Metric, type Profile, type RunResult } from './lighthouse-run';

/** Every counted run: page → profile → one result per round. */
export type Runs = Record<string, Record<Profile, RunResult[]>>;

export type Medians = Record<Metric, number>;

export interface Summary {
  medians: Medians;
  /** The diagnostics of the run whose TBT is nearest the median: a typical run, not the worst. */
  typical: Diagnostics;
}

export function summarize(results: RunResult[]): Summary {
  const medians = Object.fromEntries(
    METRICS.map((metric) => [metric, median(results.map((r) => r[metric]))]),
  ) as Medians;
  const typical = [...results].sort(
    (a, b) => Math.abs(a.tbt - medians.tbt) - Math.abs(b.tbt - medians.tbt),
  )[0]!.diagnostics;
  return { medians, typical };
}

/**
 * The budget, relative to the bare page where the framework sets the floor and absolute where
 * the shopper's experience does:
 * - mobile score within 3 points of bare (the rest of the gap to 100 is Next's and React's);
 * - desktop score >= 98 (desktop throttling is light enough that anything less is ours);
 * - TBT <= 1.5x bare, the shell <= 1.2x: the layout alone should add almost nothing;
 * - LCP <= 2500 ms (Core Web Vitals' "good"), CLS exactly 0.
 */
const LIMITS = {
  mobileScoreBelowBare: 3,
  desktopScore: 98,
  tbtRatio: 1.5,
  shellTbtRatio: 1.2,
  lcpMs: 2500,
  cls: 0,
};

export interface Verdict {
  tbtLimitMs: number;
  /** The targets missed, by name; empty when the page meets them all. */
  misses: string[];
}

export function verdict(page: string, profile: Profile, m: Medians, bare: Medians): Verdict {
  const misses: string[] = [];
  if (profile === 'mobile' && m.score < bare.score - LIMITS.mobileScoreBelowBare)
    misses.push(`score < bare-${LIMITS.mobileScoreBelowBare}`);
  if (profile === 'desktop' && m.score < LIMITS.desktopScore)
    misses.push(`score < ${LIMITS.desktopScore}`);
  // With a bare TBT of 0 the limit is 0 too: any blocking time at all is then ours.
  const tbtLimitMs = bare.tbt * (page === 'shell' ? LIMITS.shellTbtRatio : LIMITS.tbtRatio);
  if (m.tbt > tbtLimitMs) misses.push(`TBT > ${Math.round(tbtLimitMs)} ms`);
  if (m.lcp > LIMITS.lcpMs) misses.push(`LCP > ${LIMITS.lcpMs} ms`);
  if (m.cls > LIMITS.cls) misses.push('CLS > 0');
  return { tbtLimitMs, misses };
}
