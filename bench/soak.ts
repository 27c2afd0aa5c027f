/**
 * `npm run bench:soak`: the storefront's memory under a long mix of rotating searches and product
 * views, against a running storefront (`npm start`, or BENCH_URL / BENCH_SERVICES_URL). Every
 * slice (BENCH_SOAK_SLICE_S, 30 s) of BENCH_SOAK_S (600) prints the storefront's RSS, the slice's
 * rate and p95: after warm-up the RSS should stay flat (scripts/lib/storefront-build.ts caps the
 * heap with STOREFRONT_HEAP_MB). Half the requests are a Zipf draw over 1,000 search queries
 * (bench/lib/search-mix.ts), half product pages walked in turn through 1,000 products, each one
 * rendered once and then served from the ISR cache.
 * Usage: BENCH_URL=http://127.0.0.1:3500 BENCH_SERVICES_URL=http://127.0.0.1:4510 tsx bench/soak.ts
 */
import { loadavg } from 'node:os';
import { measureMix } from './lib/load';
import { listenerPid } from './lib/process-cpu';
import { rssMb } from './lib/process-memory';
import { searchMix } from './lib/search-mix';
import { ensureUp, servicesUrl, storefrontUrl } from './lib/stack';
import { seededRandom, zipfSampler } from './lib/zipf';

const SECONDS = Number(process.env.BENCH_SOAK_S ?? 600);
const SLICE = Number(process.env.BENCH_SOAK_SLICE_S ?? 30);
const CONNECTIONS = 10;
const SEED = Number(process.env.BENCH_SEED ?? 17);

await ensureUp();
const searches = await searchMix(1_000, SEED);
const draw = zipfSampler(searches.length, 1, seededRandom(SEED + 1));
/** 1,000 products, a page of 100 at a time (the catalog's largest). */
async function thousandProducts(): Promise<Array<{ slug: string }>> {
  const found: Array<{ slug: string }> = [];
  let cursor: string | null = null;
  while (found.length < 1_000) {
    const query = `sort=price_asc&limit=100&locale=en-US&currency=USD${cursor ? `&cursor=${cursor}` : ''}`;
    const page = (await (await fetch(`${servicesUrl}/catalog/products?${query}`)).json()) as {
      items: Array<{ slug: string }>;
      nextCursor: string | null;
    };
    found.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return found;
}
const catalog = await thousandProducts();
const storefront = listenerPid(Number(new URL(storefrontUrl).port));

let turn = 0;
const nextPath = () => {
  turn++;
  return turn % 2 === 0
    ? searches[draw()]!
    : `/en-US/p/${catalog[Math.floor(turn / 2) % catalog.length]!.slug}`;
};

console.log(
  `${storefrontUrl} (pid ${storefront ?? '?'}), ${CONNECTIONS} connections, ${SECONDS} s in ${SLICE} s slices, load average ${loadavg()[0]!.toFixed(2)}`,
);
const rows: Record<string, unknown>[] = [{ 'at s': 0, 'RSS MB': rssMb(storefront) }];
console.log(`0 s: RSS ${rssMb(storefront)} MB`);
for (let at = SLICE; at <= SECONDS; at += SLICE) {
  const slice = await measureMix(storefrontUrl, {
    connections: CONNECTIONS,
    seconds: SLICE,
    nextPath,
  });
  const row = { 'at s': at, 'RSS MB': rssMb(storefront), ...slice };
  rows.push(row);
  console.log(`${at} s: RSS ${row['RSS MB']} MB, ${slice['req/s']} req/s, p95 ${slice.p95} ms`);
}
console.table(rows);
