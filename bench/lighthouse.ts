/**
 * Lighthouse mobile (its default: emulated Moto G Power, simulated slow 4G) on the main
 * pages, median of 3 runs each, in the system Chromium. Usage: tsx bench/lighthouse.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureUp, products, servicesUrl, storefrontUrl } from './lib/stack';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic';

interface Report {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue?: number }>;
}

function runOnce(url: string, output: string): void {
  execFileSync(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance',
      `--chrome-flags=${CHROME_FLAGS}`,
      '--quiet',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is redone, not counted. */
function lighthouse(url: string, dir: string): Report {
  const output = join(dir, 'report.json');
  for (let attempt = 1; ; attempt++) {
    try {
      runOnce(url, output);
      return JSON.parse(readFileSync(output, 'utf8')) as Report;
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(`lighthouse run failed on ${url}; running it again`);
    }
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

await ensureUp();
const [top] = await products('sort=popular&limit=1&locale=en-US&currency=USD');
const categories = (await (await fetch(`${servicesUrl}/catalog/categories`)).json()) as {
  items: { slug: string; parentId: string | null }[];
};
const category = categories.items.find((c) => c.parentId !== null)!;
const pages = {
  home: '/en-US',
  category: `/en-US/c/${category.slug}`,
  search: '/en-US/search?q=linen',
  product: `/en-US/p/${top!.slug}`,
};

const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const table: Record<string, Record<string, number>> = {};
for (const [name, path] of Object.entries(pages)) {
  const url = `${storefrontUrl}${path}`;
  lighthouse(url, dir); // discarded: warms the ISR page and the optimized images, as a CDN would be
  const reports = Array.from({ length: RUNS }, () => lighthouse(url, dir));
  const pick = (audit: string) =>
    median(reports.map((r) => r.audits[audit]?.numericValue ?? Number.NaN));
  table[name] = {
    performance: median(reports.map((r) => Math.round(r.categories.performance.score * 100))),
    'LCP ms': Math.round(pick('largest-contentful-paint')),
    'TBT ms': Math.round(pick('total-blocking-time')),
    CLS: +pick('cumulative-layout-shift').toFixed(3),
    'FCP ms': Math.round(pick('first-contentful-paint')),
  };
}
rmSync(dir, { recursive: true, force: true });
console.log(`Lighthouse mobile, median of ${RUNS} runs`);
console.table(table);
