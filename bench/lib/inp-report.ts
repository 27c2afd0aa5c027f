import type { Feedback } from './inp-page';
import { median } from './median';
import { INTERACTIONS, type Sample } from './inp-scenarios';

/** Google's "good" INP. */
export const TARGET_MS = 200;
/** An interaction with no entry took under the observer's 16 ms threshold: counted as 16. */
const UNDER_THRESHOLD_MS = 16;

const round = (ms: number) => Math.round(ms);

/** Nearest rank, as the CrUX p75 is read. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const latency = (s: Sample) => s.measured?.latency ?? UNDER_THRESHOLD_MS;

/** The table; returns the interactions that miss the target. */
export function printTable(samples: Sample[]): string[] {
  const missed: string[] = [];
  const rows = INTERACTIONS.flatMap((name) => {
    const of = samples.filter((s) => s.interaction === name);
    if (of.length === 0) return [];
    const measured = of.flatMap((s) => (s.measured ? [s.measured] : []));
    const p75 = percentile(of.map(latency), 75);
    const worst = Math.max(...of.map(latency));
    const ok = p75 <= TARGET_MS && worst <= TARGET_MS;
    if (!ok) missed.push(name);
    const phase = (pick: (m: NonNullable<Sample['measured']>) => number) =>
      measured.length ? round(median(measured.map(pick))) : '-';
    return [
      {
        interaction: name,
        runs: `${of.length}${measured.length < of.length ? ` (${of.length - measured.length} <16 ms)` : ''}`,
        'p75 ms': round(p75),
        'worst ms': round(worst),
        'input delay': phase((m) => m.inputDelay),
        processing: phase((m) => m.processing),
        presentation: phase((m) => m.presentation),
        'tap at (ms after load)': round(median(of.map((s) => s.readyAfterLoadMs))),
        [`≤${TARGET_MS} ms`]: ok ? 'yes' : 'NO',
      },
    ];
  });
  console.table(rows);
  return missed;
}

/** Per run, so an outlier can be told from a pattern. */
export function printRuns(samples: Sample[]): void {
  console.table(
    samples.map((s) => ({
      run: s.run,
      interaction: s.interaction,
      ms: s.measured ? round(s.measured.latency) : '<16',
      event: s.measured ? `${s.measured.worst.name} on ${s.measured.worst.target ?? '?'}` : '',
      'delay/proc/pres': s.measured
        ? [s.measured.inputDelay, s.measured.processing, s.measured.presentation]
            .map(round)
            .join(' / ')
        : '',
      note: s.note ?? '',
    })),
  );
}

/**
 * For every interaction over the target: which phase dominates (median over its runs), and the
 * scripts the Long Animation Frames API saw in the frames the interaction spans, mean ms per run.
 */
export function printDiagnosis(samples: Sample[], names: string[]): void {
  console.log(
    "(#document.on… listeners are React's delegated root listener: a component's handler plus " +
      "the synchronous re-render it causes; MessagePort.onmessage is React's scheduler.)",
  );
  for (const name of names) {
    const measured = samples.filter((s) => s.interaction === name).flatMap((s) => s.measured ?? []);
    if (measured.length === 0) continue;
    const phases = {
      'input delay': median(measured.map((m) => m.inputDelay)),
      processing: median(measured.map((m) => m.processing)),
      presentation: median(measured.map((m) => m.presentation)),
    };
    const [dominant] = Object.entries(phases).sort((a, b) => b[1] - a[1]);
    const scripts = new Map<string, number>();
    for (const { what, ms } of measured.flatMap((m) => m.scripts))
      scripts.set(what, (scripts.get(what) ?? 0) + ms);
    console.log(
      `\n${name}: ${dominant![0]} dominates (median ${round(dominant![1])} ms); ` +
        `style/layout/paint in its frames: median ${round(median(measured.map((m) => m.renderMs)))} ms`,
    );
    console.table(
      [...scripts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([what, ms]) => ({
          'script (LoAF)': what,
          'ms per run': round(ms / measured.length),
        })),
    );
  }
}

/** Did the badge and the button change in the frame the click arrived in? */
export function printFeedback(feedback: Feedback[]): void {
  const frames = (key: 'badgeFrame' | 'buttonFrame') =>
    feedback.map((f) =>
      f.clickFrame === undefined || f[key] === undefined ? '?' : f[key] - f.clickFrame,
    );
  const same = (list: Array<number | string>) => list.filter((f) => f === 0).length;
  const badge = frames('badgeFrame');
  const button = frames('buttonFrame');
  console.log(
    `add to cart feedback, frames after the click's frame (0 = same frame): badge [${badge.join(', ')}] ` +
      `(${same(badge)}/${badge.length} same frame), button [${button.join(', ')}] (${same(button)}/${button.length})`,
  );
}
