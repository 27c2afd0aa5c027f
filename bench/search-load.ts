/**
 * `npm run bench:search`: search pages under load next to the cached category page, in one run,
 * against a running storefront (`npm start`, or BENCH_URL / BENCH_SERVICES_URL: bench/lib/stack.ts).
 * Search: a Zipf draw (s = 1) over 1,000 queries made of the catalog's own words in every locale,
 * typos, filters and sorts included (bench/lib/search-mix.ts); then the cached category page.
 * Each at 10 connections for BENCH_SEARCH_S seconds (30); the storefront's RSS around the search
 * run. Same BENCH_SEED (17), same mix. Autocomplete latency is bench/suggest-latency.ts.
 * Usage: BENCH_URL=http://127.0.0.1:3800 BENCH_SERVICES_URL=http://127.0.0.1:4810 tsx bench/search-load.ts
 */
import { loadavg } from 'node:os';
import { currencyFor, locales } from '../lib/i18n/markets';
import { measureMix } from './lib/load';
import { cpuMs, listenerPid } from './lib/process-cpu';
import { rssMb } from './lib/process-memory';
import { searchMix } from './lib/search-mix';
import { ensureUp, servicesUrl, storefrontUrl } from './lib/stack';
import { seededRandom, zipfSampler } from './lib/zipf';

const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_SEARCH_S ?? 30);
const QUERIES = 1_000;
const SEED = Number(process.env.BENCH_SEED ?? 17);

await ensureUp();
const paths = await searchMix(QUERIES, SEED);
const draw = zipfSampler(paths.length, 1, seededRandom(SEED + 1));
// The services build a locale's index on its first query (seconds), which is not what is measured;
// asked directly, so no search page gets cached before the run.
for (const locale of locales)
  await fetch(
    `${servicesUrl}/search/products?q=a&locale=${locale}&currency=${currencyFor(locale)}`,
  );
const tree = (await (await fetch(`${servicesUrl}/catalog/categories?locale=en-US`)).json()) as {
  items: { slug: string; parentId: string | null }[];
};
const categoryPath = `/en-US/c/${tree.items.find((category) => category.parentId === null)!.slug}`;
for (let i = 0; i < 3; i++) await fetch(`${storefrontUrl}${categoryPath}`); // rendered and cached

const storefront = listenerPid(Number(new URL(storefrontUrl).port));
const services = listenerPid(Number(new URL(servicesUrl).port));

/** One load, with the CPU each process spent per answer: steadier than req/s on a busy machine. */
async function run(nextPath: () => string) {
  const before = [cpuMs(storefront), cpuMs(services)] as const;
  const result = await measureMix(storefrontUrl, {
    connections: CONNECTIONS,
    seconds: SECONDS,
    nextPath,
  });
  const answers = result['req/s'] * SECONDS;
  const perAnswer = (after: number | undefined, start: number | undefined) =>
    after === undefined || start === undefined
      ? undefined
      : Math.round(((after - start) / answers) * 10) / 10;
  return {
    ...result,
    'storefront CPU ms/answer': perAnswer(cpuMs(storefront), before[0]),
    'services CPU ms/answer': perAnswer(cpuMs(services), before[1]),
  };
}

const sent = new Set<number>();
const rssBefore = rssMb(storefront);
const search = await run(() => {
  const rank = draw();
  sent.add(rank);
  return paths[rank]!;
});
const rssAfter = rssMb(storefront);
const category = await run(() => categoryPath);

console.log(
  `${storefrontUrl} (pid ${storefront ?? '?'}), ${CONNECTIONS} connections, ${SECONDS} s each, load average ${loadavg()[0]!.toFixed(2)}`,
);
console.table({
  'search pages (Zipf mix)': search,
  [`cached category page ${categoryPath}`]: category,
});
console.log(`distinct search queries sent: ${sent.size} of ${paths.length}`);
const ratio = search['req/s'] / category['req/s'];
console.log(`search / category throughput: ${ratio.toFixed(2)}x (target >= 0.5x)`);
console.log(`search p95: ${search.p95} ms (target <= 150 ms)`);
console.log(
  `storefront RSS: ${rssBefore ?? '?'} MB before the search run, ${rssAfter ?? '?'} MB after`,
);
