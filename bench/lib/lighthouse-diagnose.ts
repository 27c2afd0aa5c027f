/**
 * Where the main thread's time went in one run, from Lighthouse's own audits, so a TBT or LCP gap
 * to the bare page can be pinned on a script or an element rather than guessed at. Under the mobile
 * profile's simulated throttling, Lighthouse scales these by its 4x CPU slowdown.
 */

interface Item {
  type?: string;
  items?: Item[];
  subpart?: string;
  selector?: string;
  nodeLabel?: string;
  url?: string;
  group?: string;
  groupLabel?: string;
  duration?: number;
  total?: number;
  scripting?: number;
  scriptParseCompile?: number;
  startTime?: number;
}

/** The parts of a Lighthouse JSON report (LHR) the bench reads. */
export interface LighthouseReport {
  runtimeError?: { code: string };
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { items?: Item[] } } | undefined>;
}

export interface Diagnostics {
  /** mainthread-work-breakdown: ms per kind of work (script evaluation, style & layout, ...). */
  mainThread: Record<string, number>;
  /** bootup-time: the scripts costing most main-thread time, with the part that is parse/compile. */
  scripts: { url: string; totalMs: number; scriptingMs: number; parseMs: number }[];
  /** long-tasks: the longest tasks (>50 ms) and the script they are attributed to. */
  longTasks: { url: string; durationMs: number; startMs: number }[];
  /**
   * lcp-breakdown-insight: the LCP element and its subparts (time to first byte, render delay...).
   * A long render delay on a text element means it is painted by client code after hydration.
   */
  lcp: { element: string; subpartsMs: Record<string, number> };
}

const TOP = 6;

/** A same-origin URL shortened to its path: the chunk's name is what tells one from another. */
function short(url: string | undefined): string {
  if (!url) return '?';
  try {
    const parsed = new URL(url);
    return parsed.origin.startsWith('http://127.0.0.1') ? parsed.pathname + parsed.search : url;
  } catch {
    return url; // "Unattributable" and similar labels
  }
}

const items = (report: LighthouseReport, audit: string): Item[] =>
  report.audits[audit]?.details?.items ?? [];

export function diagnose(report: LighthouseReport): Diagnostics {
  const mainThread: Record<string, number> = {};
  for (const item of items(report, 'mainthread-work-breakdown'))
    mainThread[item.groupLabel ?? item.group ?? '?'] = Math.round(item.duration ?? 0);
  const scripts = items(report, 'bootup-time')
    .map((item) => ({
      url: short(item.url),
      totalMs: Math.round(item.total ?? 0),
      scriptingMs: Math.round(item.scripting ?? 0),
      parseMs: Math.round(item.scriptParseCompile ?? 0),
    }))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, TOP);
  const longTasks = items(report, 'long-tasks')
    .map((item) => ({
      url: short(item.url),
      durationMs: Math.round(item.duration ?? 0),
      startMs: Math.round(item.startTime ?? 0),
    }))
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, TOP);
  const breakdown = items(report, 'lcp-breakdown-insight');
  const node = breakdown.find((item) => item.type === 'node');
  const subpartsMs: Record<string, number> = {};
  for (const part of breakdown.find((item) => item.type === 'table')?.items ?? [])
    subpartsMs[part.subpart ?? '?'] = Math.round(part.duration ?? 0);
  const element = node ? `${node.selector ?? '?'} "${(node.nodeLabel ?? '').slice(0, 60)}"` : '?';
  return { mainThread, scripts, longTasks, lcp: { element, subpartsMs } };
}

/** A few lines per page: the main-thread split, the costliest scripts and tasks, the LCP element. */
export function describe(page: string, diagnostics: Diagnostics): string {
  const work = Object.entries(diagnostics.mainThread)
    .sort((a, b) => b[1] - a[1])
    .map(([label, ms]) => `${label} ${ms}`)
    .join(', ');
  const scripts = diagnostics.scripts
    .slice(0, 3)
    .map((s) => `${s.url} ${s.totalMs} (parse ${s.parseMs})`)
    .join(', ');
  const tasks = diagnostics.longTasks
    .slice(0, 3)
    .map((t) => `${t.durationMs} @${t.startMs} ${t.url}`)
    .join(', ');
  const lcp = Object.entries(diagnostics.lcp.subpartsMs)
    .map(([part, ms]) => `${part} ${ms}`)
    .join(', ');
  return [
    `${page}: main thread ms: ${work}`,
    `  scripts ms: ${scripts || 'none'}`,
    `  long tasks ms: ${tasks || 'none'}`,
    `  LCP element: ${diagnostics.lcp.element} (${lcp})`,
  ].join('\n');
}
