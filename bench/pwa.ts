/**
 * What the service worker costs. (1) Installing it: every precache entry in /serwist/sw.js (the
 * app shell and the four offline pages), raw and gzip-compressed, plus the worker script.
 * (2) The page: in Chromium with a fresh profile, main-thread blocking time (long tasks over
 * 50 ms) from the load event until the worker controls the page and has precached, against the
 * page's LCP and the moment registration started.
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
  console.log(`precache: ${urls.length} entries, ${kb(raw)} KB raw, ${kb(gzip)} KB gzip (budget 300 KB)`);
  console.log(`worker script: ${kb(script.raw)} KB raw, ${kb(script.gzip)} KB gzip`);
}

async function mainThreadCost(path: string): Promise<Record<string, number>> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.addInitScript(() => {
      const state = { blocking: 0, lcp: 0, registeredAt: -1 };
      (window as unknown as { __bench: typeof state }).__bench = state;
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      navigator.serviceWorker.register = (...args) => {
        state.registeredAt = performance.now();
        return register(...args);
      };
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) if (task.startTime > performance.timing.loadEventStart - performance.timeOrigin) state.blocking += Math.max(0, task.duration - 50);
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        state.lcp = list.getEntries().at(-1)?.startTime ?? 0;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(`${storefrontUrl}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.active?.state !== 'activated') await new Promise((resolve) => registration.active?.addEventListener('statechange', resolve));
    });
    await page.waitForTimeout(2_000);
    return page.evaluate(() => {
      const state = (window as unknown as { __bench: { blocking: number; lcp: number; registeredAt: number } }).__bench;
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return {
        'LCP ms': Math.round(state.lcp),
        'load event ms': Math.round(navigation?.loadEventEnd ?? 0),
        'registration started at ms': Math.round(state.registeredAt),
        'blocking ms after load (registration + precache)': Math.round(state.blocking),
      };
    });
  } finally {
    await browser.close();
  }
}

await ensureUp();
await precache();
const table: Record<string, Record<string, number>> = {};
for (const path of ['/en-US', '/en-US/c/women']) table[path] = await mainThreadCost(path);
console.table(table);
