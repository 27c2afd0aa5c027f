import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { frameworkVersions } from './lighthouse-bare';
import { describe } from './lighthouse-diagnose';
import { PROFILES, type Profile } from './lighthouse-run';
import { summarize, verdict, type Runs, type Summary } from './lighthouse-targets';

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')}`;
const ratio = (value: number, bare: number) => (bare > 0 ? `${(value / bare).toFixed(2)}x` : '-');
const signed = (value: number) => (value > 0 ? `+${value}` : `${value}`);

/** What BENCHMARKS.md quotes above a table: the command, the commit and the date. */
export function provenance(): Record<string, string> {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  const dirty = git('status', '--porcelain', '--untracked-files=no')
    ? ' (uncommitted changes)'
    : '';
  const env = ['BENCH_URL', 'BENCH_SERVICES_URL', 'LIGHTHOUSE_RUNS', 'LIGHTHOUSE_PAGES']
    .filter((name) => process.env[name])
    .map((name) => `${name}=${process.env[name]}`);
  return {
    command: [...env, 'npm run bench:lighthouse'].join(' '),
    commit: git('rev-parse', '--short', 'HEAD') + dirty,
    date: new Date().toISOString(),
    versions: Object.entries(frameworkVersions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', '),
  };
}

export function summaries(runs: Runs): Record<string, Record<Profile, Summary>> {
  return Object.fromEntries(
    Object.entries(runs).map(([page, byProfile]) => [
      page,
      { mobile: summarize(byProfile.mobile), desktop: summarize(byProfile.desktop) },
    ]),
  );
}

/** One markdown table per profile (pastes into BENCHMARKS.md as is), then the misses. */
export function printTables(summary: Record<string, Record<Profile, Summary>>, rounds: number) {
  for (const profile of PROFILES) {
    const bare = summary.bare![profile].medians;
    console.log(`\nLighthouse ${profile}, median of ${rounds} interleaved round(s)\n`);
    console.log(
      '| page | score | vs bare | TBT | bare TBT | TBT ratio | LCP | bare LCP | LCP ratio | CLS | FCP | targets |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [page, byProfile] of Object.entries(summary)) {
      const m = byProfile[profile].medians;
      const targets = page === 'bare' ? 'reference' : verdict(page, profile, m, bare).misses;
      const flag = typeof targets === 'string' ? targets : targets.join('; ') || 'ok';
      console.log(
        `| ${page} | ${m.score} | ${signed(m.score - bare.score)} pts | ${ms(m.tbt)} ms | ${ms(bare.tbt)} ms | ${ratio(m.tbt, bare.tbt)} | ${ms(m.lcp)} ms | ${ms(bare.lcp)} ms | ${ratio(m.lcp, bare.lcp)} | ${m.cls} | ${ms(m.fcp)} ms | ${flag} |`,
      );
    }
  }
  console.log(
    '\nTargets: mobile score within 3 points of bare; desktop score >= 98; TBT <= 1.5x bare (shell <= 1.2x); LCP <= 2,500 ms; CLS 0.',
  );
}

/** The main-thread breakdown of a typical mobile run of each page (see lighthouse-diagnose.ts). */
export function printDiagnostics(summary: Record<string, Record<Profile, Summary>>) {
  console.log('\nMobile main thread, a typical run per page (Lighthouse ms, 4x CPU slowdown):');
  for (const [page, byProfile] of Object.entries(summary))
    console.log(describe(page, byProfile.mobile.typical));
}

/** Raw per-run numbers, medians and verdicts, for whoever records or re-reads the run. */
export function writeJson(path: string, data: Record<string, unknown>): string {
  const file = resolve(path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...data, loadavgAtEnd: loadavg() }, null, 2)}\n`);
  return file;
}
