/**
 * What the service worker costs. (1) Installing it: every precache entry in /serwist/sw.js (the
 * app shell and the four offline pages), raw and gzip-compressed, plus the worker script.
 * (2) The page: fresh-profile visits in Chromium with the worker allowed and blocked, median of
 * 5 each: LCP, and main-thread blocking time (long tasks over 50 ms) in the 6 s after the load
 * event, while the worker registers, takes control and precaches.
 * Usage: tsx bench/pwa.ts (against a running `npm start`, or BENCH_URL)
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/browser';
import { ensureUp, storefrontUrl } from './lib/stack';

async function bytes(path: string): Promise<{ raw: number; gzip: number }> {
  const body = Buffer.from(await (await fetch(new URL(path, storefrontUrl))).arrayBuffer());
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

const kb = (n: number) => +(n / 1024).toFixed(1);

async function precache(): Promise<void> {
  const worker = await (await fetch(`${storefrontUrl}/serwist/sw.js`)).text();
  const urls = [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
  const rows: Record<string, { 'raw KB': number; 'gzip KB': number }> = {};
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const size = await bytes(url);
    raw += size.raw;
    gzip += size.gzip;
    rows[url] = { 'raw KB': kb(size.raw), 'gzip KB': kb(size.gzip) };
  }
  const script = await bytes('/serwist/sw.js');
  console.table(rows);
  console.log(
    `precache: ${urls.length} entries, ${kb(raw)} KB raw, ${kb(gzip)} KB gzip (budget 300 KB)`,
  );
  console.log(`worker script: ${kb(script.raw)} KB raw, ${kb(script.gzip)} KB gzip`);
}

const WINDOW_MS = 6_000;
const RUNS = 5;

/** One fresh-profile visit: LCP, and main-thread blocking from the load event for WINDOW_MS. */
async function visit(
  path: string,
  serviceWorkers: 'allow' | 'block',
): Promise<{ lcp: number; blocking: number; controlled: boolean }> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await (await browser.newContext({ serviceWorkers })).newPage();
    await page.addInitScript(() => {
      const state = { blocking: 0, lcp: 0, loadedAt: Infinity };
      (window as unknown as { __bench: typeof state }).__bench = state;
      addEventListener('load', () => (state.loadedAt = performance.now()));
      new PerformanceObserver((list) => {
        for (const task of list.getEntries())
          if (task.startTime >= state.loadedAt) state.blocking += Math.max(0, task.duration - 50);
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        state.lcp = list.getEntries().at(-1)?.startTime ?? 0;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(`${storefrontUrl}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(WINDOW_MS);
    return await page.evaluate(() => {
      const state = (window as unknown as { __bench: { blocking: number; lcp: number } }).__bench;
      return {
        lcp: state.lcp,
        blocking: state.blocking,
        controlled: navigator.serviceWorker?.controller !== null,
      };
    });
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The worker's cost to the page: the same visits with the worker allowed and blocked. */
async function mainThreadCost(path: string): Promise<Record<string, number | string>> {
  const runs = {
    allow: [] as Awaited<ReturnType<typeof visit>>[],
    block: [] as Awaited<ReturnType<typeof visit>>[],
  };
  // Alternating which goes first, so neither always meets a warmer server.
  for (let run = 0; run < RUNS; run += 1) {
    for (const mode of run % 2 === 0
      ? (['block', 'allow'] as const)
      : (['allow', 'block'] as const))
      runs[mode].push(await visit(path, mode));
  }
  return {
    'LCP ms, no worker': Math.round(median(runs.block.map((r) => r.lcp))),
    'LCP ms, worker': Math.round(median(runs.allow.map((r) => r.lcp))),
    [`blocking ms in ${WINDOW_MS / 1000} s after load, no worker`]: Math.round(
      median(runs.block.map((r) => r.blocking)),
    ),
    'same, worker registering and precaching': Math.round(
      median(runs.allow.map((r) => r.blocking)),
    ),
    'worker in control': `${runs.allow.filter((r) => r.controlled).length}/${RUNS}`,
  };
}

await ensureUp();
await precache();
const table: Record<string, Record<string, number | string>> = {};
for (const path of ['/en-US', '/en-US/c/women']) table[path] = await mainThreadCost(path);
console.table(table);
