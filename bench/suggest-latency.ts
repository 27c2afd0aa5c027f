/**
 * Autocomplete latency of /search/suggest against in-process services (port 0, temp data dir,
 * loopback only), plus the cost of building the search indexes. Usage:
 *   BENCH_CATALOG_SIZE=10000 tsx bench/suggest-latency.ts (npm run bench:suggest)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startServices } from '../services/server';

const CATALOG_SIZE = Number(process.env.BENCH_CATALOG_SIZE ?? 10_000);
const CONCURRENCY = 8;
const DEADLINE = Date.now() + 110_000;

// Heap numbers mean little without a collection first; tsx gives no --expose-gc, so enable it here.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};

/** What shoppers type, keystroke by keystroke, typos and all. */
const TYPED: Array<[locale: string, text: string]> = [
  ['en-US', 'linen'],
  ['en-US', 'shirt'],
  ['en-US', 'shrit'],
  ['en-US', 'dress'],
  ['en-US', 'sneakers'],
  ['en-US', 'cashmere'],
  ['en-US', 'leather boot'],
  ['de-DE', 'kleid'],
  ['de-DE', 'leinen'],
  ['de-DE', 'hemd'],
  ['fr-FR', 'chemise'],
  ['fr-FR', 'robe lin'],
  ['ja-JP', 'ドレス'],
  ['ja-JP', 'リネン'],
  ['ja-JP', 'シャツ'],
  ['ja-JP', 'スニーカー'],
];
const keystrokes = TYPED.flatMap(([locale, text]) => {
  const chars = Array.from(text);
  return chars
    .map((_, i) => ({ locale, q: chars.slice(0, i + 1).join('') }))
    .filter(({ q }) => q.trim().length >= 2 || /[^\x00-\x7f]/.test(q));
});
/** Never seen before the measurement: the first keystrokes of a new word pay for uncached index lookups. */
const FRESH = [
  'wo',
  'woo',
  'wool',
  'mer',
  'meri',
  'merin',
  'merino',
  'cor',
  'cord',
  'corduroy',
  'den',
  'deni',
  'denim',
  'jack',
  'jacket',
  'vaes',
  'vase',
  'sunglas',
  'sunglases',
  'watc',
  'watch',
  'cushon',
  'cushion',
  'tote',
  'tote bag',
].map((q) => ({ locale: 'en-US', q }));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timed(url: string, { locale, q }: { locale: string; q: string }): Promise<number> {
  const startedAt = performance.now();
  const response = await fetch(
    `${url}/search/suggest?q=${encodeURIComponent(q)}&locale=${locale}&limit=6`,
  );
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`suggest "${q}" answered ${response.status}`);
  return performance.now() - startedAt;
}

async function run(
  label: string,
  url: string,
  queries: Array<{ locale: string; q: string }>,
  concurrency: number,
) {
  const latencies: number[] = [];
  let next = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < queries.length && Date.now() < DEADLINE) {
        const query = queries[next++];
        if (query) latencies.push(await timed(url, query));
      }
    }),
  );
  const seconds = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  const ms = (value: number) => Number(value.toFixed(1));
  return {
    [label]: {
      requests: latencies.length,
      concurrency,
      p50: ms(percentile(latencies, 50)),
      p95: ms(percentile(latencies, 95)),
      p99: ms(percentile(latencies, 99)),
      'req/s': Math.round(latencies.length / seconds),
    },
  };
}

const dataDir = await mkdtemp(join(tmpdir(), 'bench-search-'));
const startedAt = performance.now();
const services = await startServices({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  catalogSize: CATALOG_SIZE,
  log: 'silent',
  adminToken: 'bench-admin-token-0123456789',
  webhookSecret: 'bench-webhook-secret-0123456789',
  storefrontWebhookUrl: 'http://127.0.0.1:9/unreachable',
  webhookRetryDelaysMs: [],
});
console.log(
  `catalog of ${CATALOG_SIZE} products up in ${Math.round(performance.now() - startedAt)} ms`,
);

try {
  // Indexes are built per locale on the first query in that locale; time each build from outside.
  const heapBefore = heapMb();
  const builds: Record<string, number> = {};
  for (const locale of ['en-US', 'de-DE', 'fr-FR', 'ja-JP'])
    builds[locale] = Math.round(await timed(services.url, { locale, q: 'zz' }));
  const heapAfter = heapMb();
  console.log('search index build (first query per locale, ms):', builds);
  console.log(
    `heap: ${heapBefore.toFixed(0)} MB before, ${heapAfter.toFixed(0)} MB after the 4 locale indexes (+${(heapAfter - heapBefore).toFixed(0)} MB)`,
  );

  for (const query of keystrokes) await timed(services.url, query); // warm-up: caches of popular prefixes
  const repeated = Array.from({ length: 240 }, (_, i) => keystrokes[i % keystrokes.length]!);
  const results = {
    ...(await run('new prefixes, sequential', services.url, FRESH, 1)),
    ...(await run('popular prefixes, sequential', services.url, repeated, 1)),
    ...(await run(
      `popular prefixes, ${CONCURRENCY} concurrent`,
      services.url,
      repeated,
      CONCURRENCY,
    )),
  };
  console.table(results);
} finally {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
}
