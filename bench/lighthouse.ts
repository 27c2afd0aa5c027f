/**
 * Lighthouse on the storefront's main pages next to a bare Next.js page of the same Next and
 * React, in the same run: a score only means something against what the framework alone gets on
 * this machine in this hour, and the machine is noisy, so the pages are measured interleaved
 * (every round runs every page in both profiles) instead of one page after the other.
 *
 * Usage: npm run bench:lighthouse, against a running stack (`npm start`; BENCH_URL and
 * BENCH_SERVICES_URL as for every bench). It builds and serves the bare app itself
 * (bench/lib/lighthouse-bare.ts, port LIGHTHOUSE_BARE_PORT, default 3690) and stops it at the end.
 * LIGHTHOUSE_RUNS rounds (default 5); LIGHTHOUSE_PAGES=shell,product for a subset;
 * LIGHTHOUSE_JSON for where the raw numbers go (default .bench/lighthouse/<date>.json).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bareUrl, buildBare, serveBare } from './lib/lighthouse-bare';
import { pageUrls, selectedPages } from './lib/lighthouse-pages';
import {
  printDiagnostics,
  printTables,
  provenance,
  summaries,
  writeJson,
} from './lib/lighthouse-report';
import { lighthouse, PROFILES, stopCurrentRun, type Profile } from './lib/lighthouse-run';
import { verdict, type Runs } from './lib/lighthouse-targets';
import { ensureUp } from './lib/stack';

const ROUNDS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const started = new Date();
const jsonPath =
  process.env.LIGHTHOUSE_JSON ??
  `.bench/lighthouse/${started.toISOString().replace(/[:.]/g, '-')}.json`;
const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
let bare: ChildProcess | undefined;

function cleanUp(): void {
  stopCurrentRun();
  if (bare && bare.exitCode === null) bare.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
process.on('SIGINT', () => (cleanUp(), process.exit(130)));
process.on('SIGTERM', () => (cleanUp(), process.exit(143)));

async function main(): Promise<void> {
  const names = selectedPages();
  await ensureUp();
  const urls = await pageUrls(names);
  const info = provenance();
  await buildBare();
  bare = await serveBare();
  console.log(`bare Next.js app on ${bareUrl}`);
  const loadAtStart = loadavg();

  // Discarded: warms the ISR pages and the optimized images, as a CDN would be. Both profiles,
  // because the desktop viewport asks the image optimizer for other widths than the phone's.
  for (const url of Object.values(urls))
    for (const profile of PROFILES) await lighthouse(url, profile, dir);

  const runs: Runs = Object.fromEntries(names.map((page) => [page, { mobile: [], desktop: [] }]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [page, url] of Object.entries(urls)) {
      for (const profile of PROFILES) {
        const result = await lighthouse(url, profile, dir);
        runs[page]![profile].push(result);
        console.log(
          `round ${round}/${ROUNDS} ${page} ${profile}: ${result.score}, TBT ${result.tbt} ms, LCP ${result.lcp} ms (${Math.round(result.wallMs / 1000)} s)`,
        );
      }
    }
  }

  const summary = summaries(runs);
  console.log(`\n${info.command}\ncommit ${info.commit}, ${info.date}, ${info.versions}`);
  console.log(`load average at start ${loadAtStart.map((l) => l.toFixed(1)).join(' ')}`);
  printTables(summary, ROUNDS);
  printDiagnostics(summary);
  const verdicts = Object.fromEntries(
    names
      .filter((page) => page !== 'bare')
      .map((page) => [
        page,
        Object.fromEntries(
          PROFILES.map((profile: Profile) => [
            profile,
            verdict(page, profile, summary[page]![profile].medians, summary.bare![profile].medians),
          ]),
        ),
      ]),
  );
  const file = writeJson(jsonPath, {
    ...info,
    rounds: ROUNDS,
    minutes: +((Date.now() - started.getTime()) / 60_000).toFixed(1),
    loadavgAtStart: loadAtStart,
    urls,
    medians: Object.fromEntries(
      Object.entries(summary).map(([page, s]) => [
        page,
        { mobile: s.mobile.medians, desktop: s.desktop.medians },
      ]),
    ),
    verdicts,
    runs,
  });
  console.log(`\nRaw runs and medians: ${file}`);
  console.log(`Took ${((Date.now() - started.getTime()) / 60_000).toFixed(1)} min`);
}

try {
  await main();
} finally {
  cleanUp();
}
