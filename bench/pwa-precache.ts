/**
 * What installing the service worker downloads: every precache entry in /serwist/sw.js (the app
 * shell and the four offline pages), raw and gzip-compressed, plus the worker script itself.
 * Usage: tsx bench/pwa-precache.ts (against a running `npm start`, or BENCH_URL)
 */
import { gzipSync } from 'node:zlib';
import { ensureUp, storefrontUrl } from './lib/stack';

async function bytes(path: string): Promise<{ raw: number; gzip: number }> {
  const body = Buffer.from(await (await fetch(new URL(path, storefrontUrl))).arrayBuffer());
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

const kb = (n: number) => +(n / 1024).toFixed(1);

await ensureUp();
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
