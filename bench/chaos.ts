/**
 * `npm run bench:chaos`: what a shopper waits for when the backend fails, and what a storefront
 * restart under load costs, against a running `npm start` (or BENCH_URL / BENCH_SERVICES_URL).
 * 1. Time to answer per page type, with the services healthy (the baseline, same run), then hung
 *    (SIGSTOP: alive, answering nothing, the hardest case for a client): a cached page, a page
 *    never rendered (before and after the catalog's breaker opens), a search never asked,
 *    live stock and suggestions. The services are resumed (SIGCONT) afterwards.
 * 2. What a storefront restart under load costs (BENCH_CHAOS_CONNECTIONS, 10, on a
 *    cached page for BENCH_CHAOS_S, 20 s): none killed (the baseline), SIGTERM (drains, then the
 *    supervisor starts it again) and SIGKILL, each 5 s into the run: answers, failed attempts,
 *    and the time until the storefront answered again (one instance: nothing answers meanwhile;
 *    behind the cluster's balancer the others do, `npm run bench:cluster`).
 * Usage: BENCH_URL=http://127.0.0.1:3500 BENCH_SERVICES_URL=http://127.0.0.1:4510 tsx bench/chaos.ts
 */
import autocannon from 'autocannon';
import { listenerPid } from './lib/process-cpu';
import { ensureUp, servicesUrl, storefrontUrl } from './lib/stack';

const CONNECTIONS = Number(process.env.BENCH_CHAOS_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_CHAOS_S ?? 20);
const KILL_AT_MS = 5_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(path: string) {
  const started = performance.now();
  const response = await fetch(`${storefrontUrl}${path}`, { signal: AbortSignal.timeout(30_000) })
    .then(async (answer) => ({
      status: answer.status,
      stale: answer.headers.get('x-storefront-stale'),
    }))
    .catch(() => ({ status: 0, stale: null }));
  return { ms: Math.round(performance.now() - started), ...response };
}

async function servicesPid(): Promise<number> {
  const health = await fetch(`${servicesUrl}/__ops/health`);
  return ((await health.json()) as { pid: number }).pid;
}

async function products(): Promise<string[]> {
  const query = 'sort=price_desc&limit=100&locale=en-US&currency=USD';
  const listed = (await (await fetch(`${servicesUrl}/catalog/products?${query}`)).json()) as {
    items: Array<{ slug: string }>;
  };
  return listed.items.map((item) => `/en-US/p/${item.slug}`);
}

/** The page types of part 1; `fresh` draws a page never asked for, a new one per call. */
function pageTypes(pages: string[], run: string) {
  let next = 1;
  const fresh = () => pages[next++]!;
  return [
    ['cached product page', () => pages[0]!],
    ['product page never rendered', fresh],
    ['  … once the breaker is open', fresh],
    ['search never asked', () => `/en-US/search?q=chaos-${run}-${next++}`],
    ['live stock', () => `/api/live/${pages[0]!.split('-').at(-1)}?locale=en-US`],
    ['suggestions', () => `/api/suggest?locale=en-US&q=chaos${run}${next++}`],
  ] as const;
}

async function timeToAnswer(pages: string[]) {
  const healthy = pageTypes(pages.slice(0, 50), 'healthy');
  const hung = pageTypes([pages[0]!, ...pages.slice(50)], 'hung');
  await timed(pages[0]!);
  const rows: Record<string, unknown>[] = [];
  const baseline = [];
  for (const [, path] of healthy) baseline.push(await timed(path()));
  const pid = await servicesPid();
  process.kill(pid, 'SIGSTOP');
  try {
    for (const [index, [name, path]] of hung.entries()) {
      // Enough failed reads for the catalog's breaker (five in ten seconds) before its row.
      if (name.includes('breaker')) for (let i = 0; i < 5; i++) await timed(path());
      const answer = await timed(path());
      const base = baseline[index]!;
      rows.push({
        page: name,
        'healthy ms': base.ms,
        'hung ms': answer.ms,
        'hung status': answer.status,
        'x hung/healthy': (answer.ms / Math.max(base.ms, 1)).toFixed(1),
      });
    }
  } finally {
    process.kill(pid, 'SIGCONT');
  }
  console.log('\nTime to answer with the services hung (SIGSTOP), beside the same pages healthy:');
  console.table(rows);
}

async function restartUnderLoad(signal: NodeJS.Signals | undefined, path: string) {
  const port = Number(new URL(storefrontUrl).port);
  let answeredAgainMs: number | undefined;
  let killedAt = 0;
  const killer = signal
    ? sleep(KILL_AT_MS).then(async () => {
        const pid = listenerPid(port);
        if (pid === undefined) throw new Error(`no storefront listening on ${port}`);
        killedAt = performance.now();
        process.kill(pid, signal);
        await sleep(200);
        while ((await timed('/api/health/live')).status !== 200) await sleep(100);
        answeredAgainMs = Math.round(performance.now() - killedAt);
      })
    : Promise.resolve();
  const result = await autocannon({
    url: `${storefrontUrl}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  await killer;
  return {
    restart: signal ?? 'none (baseline)',
    requests: result.requests.total,
    answered: result['2xx'],
    // Each of the connections retries at once when refused: attempts, not shoppers.
    'failed attempts': result.errors + result.timeouts + result.non2xx,
    'answering again after ms': answeredAgainMs ?? '-',
  };
}

await ensureUp();
const pages = await products();
await timeToAnswer(pages);
// Back to normal before part 2: the breaker closes at its first probe.
while ((await timed(pages[60]!)).status !== 200) await sleep(500);

const cached = pages[0]!;
const rows = [];
for (const signal of [undefined, 'SIGTERM', 'SIGKILL'] as const) {
  rows.push(await restartUnderLoad(signal, cached));
  while ((await timed(cached)).status !== 200) await sleep(200);
}
console.log(
  `\nA storefront restart under load (${CONNECTIONS} connections on a cached page for ${SECONDS} s, the signal at ${KILL_AT_MS / 1000} s):`,
);
console.table(rows);
