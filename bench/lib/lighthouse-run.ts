import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { exitCode } from '../../scripts/lib/processes';
import { diagnose, type Diagnostics, type LighthouseReport } from './lighthouse-diagnose';

/** Lighthouse's default (mobile: emulated Moto G Power, simulated slow 4G, 4x CPU) or its desktop preset. */
export type Profile = 'mobile' | 'desktop';
export const PROFILES: Profile[] = ['mobile', 'desktop'];

const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic';

/** The numbers kept from one run; times in ms. */
export interface RunResult {
  score: number;
  tbt: number;
  lcp: number;
  cls: number;
  fcp: number;
  /** How long the Lighthouse process took, to tell how long a full run lasts. */
  wallMs: number;
  diagnostics: Diagnostics;
}
export const METRICS = ['score', 'tbt', 'lcp', 'cls', 'fcp'] as const;
export type Metric = (typeof METRICS)[number];

function lighthouseArgs(url: string, profile: Profile, output: string): string[] {
  return [
    'node_modules/lighthouse/cli/index.js',
    url,
    ...(profile === 'desktop' ? ['--preset=desktop'] : []),
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance',
    `--chrome-flags=${CHROME_FLAGS}`,
    '--quiet',
  ];
}

// Spawned, not execFileSync: a blocked event loop would hold Ctrl-C (and with it stopping the
// bare server) until Lighthouse finished.
let current: ChildProcess | undefined;

/** SIGINT, not SIGTERM: Lighthouse's chrome-launcher kills its Chromium on SIGINT only. */
export function stopCurrentRun(): void {
  if (current && current.exitCode === null) current.kill('SIGINT');
}

async function runOnce(url: string, profile: Profile, output: string): Promise<LighthouseReport> {
  rmSync(output, { force: true });
  current = spawn(process.execPath, lighthouseArgs(url, profile, output), {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await exitCode(current);
  current = undefined;
  if (code !== 0) throw new Error(`lighthouse exited with ${code}`);
  const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
  // A run whose trace failed (NO_NAVSTART and kin) still writes a report, with no score.
  if (report.runtimeError || report.categories.performance.score === null)
    throw new Error(report.runtimeError?.code ?? 'no performance score');
  return report;
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is redone, not counted. */
export async function lighthouse(url: string, profile: Profile, dir: string): Promise<RunResult> {
  const output = join(dir, 'report.json');
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    try {
      const report = await runOnce(url, profile, output);
      const value = (audit: string) => report.audits[audit]?.numericValue ?? Number.NaN;
      return {
        score: Math.round(report.categories.performance.score! * 100),
        tbt: Math.round(value('total-blocking-time')),
        lcp: Math.round(value('largest-contentful-paint')),
        cls: +value('cumulative-layout-shift').toFixed(3),
        fcp: Math.round(value('first-contentful-paint')),
        wallMs: Date.now() - started,
        diagnostics: diagnose(report),
      };
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(`lighthouse ${profile} failed on ${url} (${String(error)}); running it again`);
    }
  }
}
