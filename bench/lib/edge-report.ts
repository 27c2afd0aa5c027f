import type { PageOriginCount } from './origin-counts';
import type { MixAnswers } from './edge-mix';
import type { TargetResult } from './edge-throughput';
import { median } from './median';

/** bench:edge's tables, as Markdown, from one cluster run per mode (experiments on, off). */

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const int = (value: number) => Math.round(value).toLocaleString('en-US');
const times = (value: number) => `${value.toFixed(2)}×`;

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

const meanRps = (result: TargetResult) => mean(result.rps);

/** Each round's rate over the static file's in that round: the machine's load drifts less within a round. */
const roundRatios = (result: TargetResult, base: TargetResult) =>
  result.rps.map((rps, round) => rps / base.rps[round]!);

/** The median of the rounds' ratios to the static file (results[0]). */
export const ratioToStatic = (result: TargetResult, base: TargetResult) =>
  median(roundRatios(result, base));

export function throughputTable(results: TargetResult[]): string {
  const base = results[0]!;
  return table(
    [
      'target',
      'bytes / answer',
      'req/s: mean (rounds)',
      'p99 (worst round)',
      'vs static: median of rounds (range)',
      'origin req / answer',
      'tier hits / passes',
      'X-Cache',
    ],
    results.map((result) => [
      result.target.label,
      int(result.bytesPerAnswer),
      `**${int(meanRps(result))}** (${result.rps.map(int).join(', ')})`,
      `${Math.max(...result.p99)} ms`,
      `**${times(ratioToStatic(result, base))}** (${times(Math.min(...roundRatios(result, base)))}–${times(Math.max(...roundRatios(result, base)))})`,
      `${(result.originRequests / Math.max(result.clientRequests, 1)).toFixed(3)} (${int(result.originRequests)} of ${int(result.clientRequests)})`,
      `${int(result.hits)} / ${int(result.passes)}`,
      `${result.xCache}${result.errors ? `; ${result.errors} errors` : ''}`,
    ]),
  );
}

/**
 * Origin fetches of each page by variant, over the window and scaled to one freshness period:
 * with EDGE_MAX_TTL unset a period is the page's s-maxage, 300 s, so "per period" is the
 * figure per 300 s per variant.
 */
export function originTable(
  pages: { label: string; count: PageOriginCount }[],
  window: { seconds: number; ttl: number },
): string {
  const periods = window.seconds / window.ttl;
  const rows: string[][] = [];
  for (const { label, count } of pages) {
    const total = [...count.fetches.values()].reduce((sum, n) => sum + n, 0);
    const variants = count.fetches.size;
    for (const [variant, fetches] of [...count.fetches.entries()].sort())
      rows.push([label, variant, String(fetches), (fetches / periods).toFixed(2)]);
    rows.push([
      `**${label}: all variants**`,
      `${variants} variant${variants === 1 ? '' : 's'}`,
      String(total),
      `**${(total / periods / Math.max(variants, 1)).toFixed(2)}** per variant`,
    ]);
    const { returning, firstVisit, crawler } = count.questions;
    rows.push([
      label,
      'variant questions (returning / first visit / crawler)',
      `${returning} / ${firstVisit} / ${crawler}`,
      '',
    ]);
  }
  return table(
    [
      'page',
      'fetched',
      `origin requests in ${window.seconds} s`,
      `per ${window.ttl} s period (per 300 s at the default TTL)`,
    ],
    rows,
  );
}

export function answersLine(answers: MixAnswers): string {
  return [...answers.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, outcomes]) => {
      const counts = [...outcomes.entries()].map(([outcome, n]) => `${outcome} ${n}`);
      return `${name}: ${counts.join(', ')}`;
    })
    .join('; ');
}
