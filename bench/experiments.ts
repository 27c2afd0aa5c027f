/**
 * What A/B experiments cost a cached product page: the same page on two running storefronts
 * with the same catalog, BENCH_URL (with experiments: the visitor gets an id, the flags decide,
 * and the request is rewritten to the variant's ISR page, by scripts/serve.ts under `npm start`
 * or by the proxy elsewhere) and BENCH_BASELINE_URL (built from a commit without experiments,
 * whose proxy skips locale-prefixed pages). Prints numbers, never asserts. Loopback only, about
 * 1.5 minutes.
 *
 * 1. Latency: one connection per target, requests in rotation (baseline, returning visitor,
 *    first visit, order rotating each turn, so load from elsewhere falls on all three alike),
 *    200 untimed then 2,000 timed each → p50/p90/p99 and what the proxy adds at p50.
 * 2. Throughput: autocannon, 50 connections, 10 s per target, the targets in turn, 2 rounds
 *    (the second in reverse order) → req/s, p99, the servers' CPU per request (/proc, when the
 *    listener is a local process we can read) and the ratio experiments / baseline.
 * 3. Checks, printed: every answer a 200 with `x-nextjs-cache: HIT`, returning visitors never
 *    get a Set-Cookie, first visits get a `vid` cookie each.
 *
 * A returning visitor sends a fixed valid `vid` cookie; a first visit sends none (so every
 * response sets one). Both send a desktop Chrome user agent (not a crawler, which the proxy lets
 * through untouched). Usage:
 *   BENCH_URL=http://127.0.0.1:3600 BENCH_SERVICES_URL=http://127.0.0.1:4610 \
 *   BENCH_BASELINE_URL=http://127.0.0.1:3700 tsx bench/experiments.ts
 * BENCH_LATENCY_REQUESTS (2000), BENCH_DURATION_S (10), BENCH_ROUNDS (2) change the sizes.
 */
import { Agent, request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { cpuMs, listenerPid } from './lib/process-cpu';
import { ensureUp, products, storefrontUrl } from './lib/stack';

const baselineUrl = process.env.BENCH_BASELINE_URL ?? 'http://127.0.0.1:3001';
if (!/^(127(?:\.\d{1,3}){3}|localhost|\[::1\])$/.test(new URL(baselineUrl).hostname)) {
  throw new Error(`bench targets loopback only, not ${baselineUrl}`);
}

const LATENCY_REQUESTS = Number(process.env.BENCH_LATENCY_REQUESTS ?? 2000);
const LATENCY_WARM_UP = 200;
const LATENCY_BUDGET_MS = 60_000; // stops the timed loop early on a very slow machine
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

const VISITOR_ID = '0b7c3a52-1d2e-4f60-9a8b-7c6d5e4f3a21';
const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

interface Target {
  key: 'baseline' | 'returning' | 'first';
  label: string;
  origin: string;
  headers: Record<string, string>;
}

const targets: Target[] = [
  {
    key: 'baseline',
    label: 'baseline (no experiments)',
    origin: baselineUrl,
    headers: { 'user-agent': USER_AGENT },
  },
  {
    key: 'returning',
    label: 'experiments, returning visitor',
    origin: storefrontUrl,
    headers: { 'user-agent': USER_AGENT, cookie: `vid=${VISITOR_ID}` },
  },
  {
    key: 'first',
    label: 'experiments, first visit',
    origin: storefrontUrl,
    headers: { 'user-agent': USER_AGENT },
  },
];

interface Answer {
  ms: number;
  status: number;
  cache: string;
  setCookie: string[];
  cacheControl: string;
  vary: string;
  bytes: number;
}

function get(url: string, headers: Record<string, string>, agent: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const startedAt = process.hrtime.bigint();
    const request = httpRequest(
      url,
      { agent, headers: { ...headers, 'accept-encoding': 'identity' } },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () =>
          resolve({
            ms: Number(process.hrtime.bigint() - startedAt) / 1e6,
            status: response.statusCode ?? 0,
            cache: String(response.headers['x-nextjs-cache'] ?? '-'),
            setCookie: response.headers['set-cookie'] ?? [],
            cacheControl: String(response.headers['cache-control'] ?? '-'),
            vary: String(response.headers.vary ?? '-'),
            bytes,
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

const setsVid = (answer: Answer) => answer.setCookie.some((cookie) => cookie.startsWith('vid='));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

/** Tally of what the answers said, for the checks line. */
class Tally {
  total = 0;
  non200 = 0;
  notHit = 0;
  withVid = 0;
  otherCookies = 0;
  readonly statuses = new Map<string, number>();

  add(answer: Answer): void {
    this.total += 1;
    if (answer.status !== 200) this.non200 += 1;
    if (answer.cache !== 'HIT') this.notHit += 1;
    if (setsVid(answer)) this.withVid += 1;
    else if (answer.setCookie.length > 0) this.otherCookies += 1;
    const key = `${answer.status} ${answer.cache}`;
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
  }

  toString(): string {
    const statuses = [...this.statuses].map(([key, count]) => `${count}× ${key}`).join(', ');
    return `${this.total} answers: ${statuses}; non-200 ${this.non200}, not HIT ${this.notHit}, Set-Cookie vid ${this.withVid}, other Set-Cookie ${this.otherCookies}`;
  }
}

await ensureUp();
const baselineUp = await fetch(`${baselineUrl}/en-US`).catch(() => undefined);
if (!baselineUp?.ok)
  throw new Error(
    `${baselineUrl}/en-US is not answering: start the baseline storefront first (BENCH_BASELINE_URL).`,
  );

const [top] = await products('sort=popular&limit=1&locale=en-US&currency=USD');
const productPath = `/en-US/p/${top!.slug}`;
const urlOf = (target: Target) => `${target.origin}${productPath}`;

// Warm both: render (or read) the page until it is a cache hit, on each server and for each kind of visitor.
const warmAgent = new Agent({ keepAlive: true, maxSockets: 1 });
const firstAnswers = new Map<Target['key'], Answer>();
for (const target of targets) {
  let answer = await get(urlOf(target), target.headers, warmAgent);
  for (let attempt = 0; attempt < 30 && answer.cache !== 'HIT'; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    answer = await get(urlOf(target), target.headers, warmAgent);
  }
  firstAnswers.set(target.key, answer);
}
warmAgent.destroy();

console.log(
  `product page ${productPath} (top seller); experiments ${storefrontUrl}, baseline ${baselineUrl}`,
);
console.log(`load average at start: ${load()}`);
for (const target of targets) {
  const answer = firstAnswers.get(target.key)!;
  console.log(
    `  ${target.label}: ${answer.status}, x-nextjs-cache ${answer.cache}, ${answer.bytes} bytes of HTML, Set-Cookie: ${answer.setCookie.map((cookie) => cookie.split(';')[0]!.replace(/=.*/, '=…')).join(' ') || 'none'}`,
  );
  console.log(`    Cache-Control: ${answer.cacheControl}; Vary: ${answer.vary}`);
}

// 1. Latency, one connection per target, in rotation.
const agents = new Map(
  targets.map((target) => [target.key, new Agent({ keepAlive: true, maxSockets: 1 })]),
);
const latencies = new Map(targets.map((target) => [target.key, [] as number[]]));
const tallies = new Map(targets.map((target) => [target.key, new Tally()]));
const latencyStartedAt = performance.now();
let timedTurns = 0;
for (let turn = 0; turn < LATENCY_WARM_UP + LATENCY_REQUESTS; turn += 1) {
  const timed = turn >= LATENCY_WARM_UP;
  if (timed && performance.now() - latencyStartedAt > LATENCY_BUDGET_MS) break;
  for (let i = 0; i < targets.length; i += 1) {
    const target = targets[(turn + i) % targets.length]!;
    const answer = await get(urlOf(target), target.headers, agents.get(target.key)!);
    tallies.get(target.key)!.add(answer);
    if (timed) latencies.get(target.key)!.push(answer.ms);
  }
  if (timed) timedTurns += 1;
}
for (const agent of agents.values()) agent.destroy();

const latencyRows: Record<string, Record<string, number>> = {};
const p50s = new Map<Target['key'], number>();
for (const target of targets) {
  const sorted = latencies.get(target.key)!.sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  p50s.set(target.key, p50);
  latencyRows[target.label] = {
    requests: sorted.length,
    'p50 ms': round2(p50),
    'p90 ms': round2(percentile(sorted, 90)),
    'p99 ms': round2(percentile(sorted, 99)),
    'mean ms': round2(sorted.reduce((sum, value) => sum + value, 0) / sorted.length),
  };
}
console.log(
  `\nlatency: 1 connection per target, ${LATENCY_WARM_UP} untimed + ${timedTurns} timed requests each, in rotation (${((performance.now() - latencyStartedAt) / 1000).toFixed(1)} s)`,
);
console.table(latencyRows);
const baseP50 = p50s.get('baseline')!;
console.log(
  `proxy adds at p50: returning visitor ${(p50s.get('returning')! - baseP50).toFixed(2)} ms, first visit ${(p50s.get('first')! - baseP50).toFixed(2)} ms (target ≤ 1 ms)`,
);
for (const target of targets) console.log(`  checks, ${target.label}: ${tallies.get(target.key)!}`);

// 2. Throughput, autocannon, the targets in turn; odd rounds in reverse order.
const pids = {
  [baselineUrl]: listenerPid(Number(new URL(baselineUrl).port)),
  [storefrontUrl]: listenerPid(Number(new URL(storefrontUrl).port)),
};
interface RunResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuPerRequest: number | undefined;
}
const runs = new Map(targets.map((target) => [target.key, [] as RunResult[]]));
const throughputRows: Record<string, Record<string, number | string>> = {};
const samples = new Map(targets.map((target) => [target.key, new Tally()]));
const sampleAgent = new Agent({ keepAlive: false });

for (let round = 1; round <= ROUNDS; round += 1) {
  const order = round % 2 === 1 ? targets : [...targets].reverse();
  for (const target of order) {
    samples.get(target.key)!.add(await get(urlOf(target), target.headers, sampleAgent));
    const pid = pids[target.origin];
    const cpuBefore = cpuMs(pid);
    const result = await autocannon({
      url: urlOf(target),
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers: target.headers,
    });
    const cpuAfter = cpuMs(pid);
    samples.get(target.key)!.add(await get(urlOf(target), target.headers, sampleAgent));
    const run: RunResult = {
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      cpuPerRequest:
        cpuBefore !== undefined && cpuAfter !== undefined && result.requests.total > 0
          ? ((cpuAfter - cpuBefore) * 1000) / result.requests.total
          : undefined,
    };
    runs.get(target.key)!.push(run);
    throughputRows[`round ${round}: ${target.label}`] = {
      'req/s': run.rps,
      'p50 ms': run.p50,
      'p99 ms': run.p99,
      'non-2xx+errors': run.errors,
      'server CPU µs/req': run.cpuPerRequest === undefined ? 'n/a' : Math.round(run.cpuPerRequest),
    };
  }
}
sampleAgent.destroy();

console.log(
  `\nthroughput: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per run, ${ROUNDS} rounds (even rounds in reverse order); server pids: baseline ${pids[baselineUrl] ?? 'n/a'}, experiments ${pids[storefrontUrl] ?? 'n/a'}`,
);
console.table(throughputRows);

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const summary: Record<string, Record<string, number | string>> = {};
for (const target of targets) {
  const targetRuns = runs.get(target.key)!;
  const cpu = targetRuns
    .map((run) => run.cpuPerRequest)
    .filter((value): value is number => value !== undefined);
  summary[target.label] = {
    'req/s (mean)': Math.round(mean(targetRuns.map((run) => run.rps))),
    'p99 ms (mean)': round2(mean(targetRuns.map((run) => run.p99))),
    'server CPU µs/req (mean)': cpu.length > 0 ? Math.round(mean(cpu)) : 'n/a',
    'non-2xx+errors': targetRuns.reduce((sum, run) => sum + run.errors, 0),
  };
}
console.table(summary);
const baseRps = mean(runs.get('baseline')!.map((run) => run.rps));
for (const key of ['returning', 'first'] as const) {
  const ratios = runs
    .get(key)!
    .map((run, i) => (run.rps / runs.get('baseline')![i]!.rps).toFixed(2));
  console.log(
    `throughput ${targets.find((target) => target.key === key)!.label} / baseline: ${(mean(runs.get(key)!.map((run) => run.rps)) / baseRps).toFixed(2)}x (per round: ${ratios.join(', ')}; target ≥ 0.90x)`,
  );
}
for (const target of targets)
  console.log(
    `  checks, sampled before and after each run, ${target.label}: ${samples.get(target.key)!}`,
  );
console.log(`load average at end: ${load()}`);
