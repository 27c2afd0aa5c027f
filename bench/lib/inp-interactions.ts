import type { EventRecord, LoafRecord, PageRecorder } from './inp-page';

/** One interaction as INP counts it: its Event Timing entries, the longest duration wins. */
export interface Interaction {
  latency: number;
  /** The entry with the longest duration (ties: the one with the most processing). */
  worst: EventRecord;
  inputDelay: number;
  processing: number;
  presentation: number;
  /** Scripts of the animation frames that overlap the interaction, longest first. */
  scripts: ScriptTime[];
  /** Style, layout and paint of those frames (renderStart to the frame's end). */
  renderMs: number;
}

interface ScriptTime {
  /** "event-listener BUTTON#….onclick  chunk.js:fn" and the like: who ran, and from where. */
  what: string;
  ms: number;
}

const end = (e: { start: number; duration: number }) => e.start + e.duration;

/**
 * The interactions whose first entry starts in [from, to) (epoch ms), in order. Entries are
 * grouped by document and interactionId, as INP does; entries under 16 ms are never reported,
 * so an interaction missing here took less than that.
 */
export function interactionsBetween(
  recorder: PageRecorder,
  from: number,
  to: number,
): Interaction[] {
  const groups = new Map<string, EventRecord[]>();
  for (const entry of recorder.events) {
    const key = `${entry.origin}:${entry.id}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()]
    .filter((entries) => {
      const first = Math.min(...entries.map((e) => e.origin + e.start));
      return first >= from && first < to;
    })
    .map((entries) => describeInteraction(entries, recorder.loafs))
    .sort((a, b) => a.worst.origin + a.worst.start - (b.worst.origin + b.worst.start));
}

function describeInteraction(entries: EventRecord[], loafs: LoafRecord[]): Interaction {
  const processing = (e: EventRecord) => e.processingEnd - e.processingStart;
  const worst = entries.reduce((a, b) =>
    b.duration > a.duration || (b.duration === a.duration && processing(b) > processing(a)) ? b : a,
  );
  const frames = loafs.filter(
    (l) => l.origin === worst.origin && l.start < end(worst) && end(l) > worst.start,
  );
  const byScript = new Map<string, number>();
  for (const script of frames.flatMap((l) => l.scripts)) {
    const key = scriptName(script);
    byScript.set(key, (byScript.get(key) ?? 0) + script.duration);
  }
  return {
    latency: worst.duration,
    worst,
    inputDelay: worst.processingStart - worst.start,
    processing: processing(worst),
    // Event Timing rounds duration to 8 ms, so this can come out slightly negative.
    presentation: Math.max(0, end(worst) - worst.processingEnd),
    scripts: [...byScript]
      .map(([what, ms]) => ({ what, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 4),
    renderMs: frames.reduce((sum, l) => sum + (end(l) - (l.renderStart || end(l))), 0),
  };
}

/** "event-listener: BUTTON.onclick (4bd1….js:r)": enough to find the code in the chunk. */
function scriptName(script: LoafRecord['scripts'][number]): string {
  const file = script.url ? (script.url.split('/').at(-1) ?? script.url) : 'inline/eval';
  const where = `${file}${script.fn ? `:${script.fn}` : ''}@${script.position}`;
  return `${script.invokerType}: ${script.invoker.slice(0, 60)} (${where})`;
}
