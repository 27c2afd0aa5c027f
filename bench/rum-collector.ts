/**
 * POST /api/rum throughput and latency: valid page-load beacons (LCP, FCP, TTFB with
 * attribution, sent as text/plain like navigator.sendBeacon) against a running stack
 * (`npm start`, or BENCH_URL), loopback only, for a bounded time; then the same against the
 * collector alone behind a bare node:http server (bench/lib/rum-standalone.ts), which shows
 * what the storefront server costs on top (scripts/serve.ts answers beacons ahead of Next).
 * Every request carries another X-Forwarded-For address (2001:db8::/32, the documentation range: a header value, no traffic
 * goes there), so the per-client rate limit, which would cap one client at 30 a minute, does
 * not; the limiter's table still sees 65,536 clients. Usage: tsx bench/rum-collector.ts
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';
import type { BeaconInput } from '../lib/rum/beacon';
import { storefrontUrl } from './lib/stack';

const CONNECTIONS = Number(process.env.BENCH_RUM_CONNECTIONS ?? 10);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const metricsHeaders: Record<string, string> = process.env.METRICS_TOKEN
  ? { authorization: `Bearer ${process.env.METRICS_TOKEN}` }
  : {};

const beacon: BeaconInput = {
  route: '/[locale]/p/[slug]',
  locale: 'en-US',
  market: 'US',
  device: 'phone',
  connection: '4g',
  metrics: [
    {
      name: 'TTFB',
      value: 180,
      delta: 180,
      id: 'v5-1',
      rating: 'good',
      navigationType: 'navigate',
      attribution: {
        waitingDuration: 5,
        dnsDuration: 10,
        connectionDuration: 40,
        requestDuration: 125,
      },
    },
    {
      name: 'FCP',
      value: 900,
      delta: 900,
      id: 'v5-2',
      rating: 'good',
      navigationType: 'navigate',
      attribution: { timeToFirstByte: 180, firstByteToFCP: 720, loadState: 'dom-interactive' },
    },
    {
      name: 'LCP',
      value: 2300,
      delta: 2300,
      id: 'v5-3',
      rating: 'good',
      navigationType: 'navigate',
      attribution: {
        element: 'main > div.gallery > img',
        timeToFirstByte: 180,
        resourceLoadDelay: 300,
        resourceLoadDuration: 1200,
        elementRenderDelay: 620,
      },
    },
  ],
};
const body = JSON.stringify(beacon);

let client = 0;
const nextClient = () => `2001:db8::${(client++ % 65_536).toString(16)}`;

async function accepted(): Promise<number> {
  // Requests still in flight when autocannon stops are answered after it: let them land first.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const text = await (
    await fetch(`${storefrontUrl}/api/metrics`, { headers: metricsHeaders })
  ).text();
  return Number(/^rum_beacons_total\{outcome="accepted"\} (\d+)/m.exec(text)?.[1] ?? Number.NaN);
}

function run(url: string, duration: number) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/api/rum',
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body,
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, 'x-forwarded-for': nextClient() },
        }),
      },
    ],
  });
}

async function measure(url: string) {
  const probe = await fetch(`${url}/api/rum`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'text/plain', 'x-forwarded-for': nextClient() },
  });
  if (probe.status !== 204)
    throw new Error(`POST ${url}/api/rum answered ${probe.status}: ${await probe.text()}`);
  const warmUp = await run(url, 2); // JIT, the route's first compile, the limiter's table
  const result = await run(url, DURATION_S);
  const answered = 1 + warmUp['2xx'] + result['2xx'];
  const row = {
    'beacons/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'max ms': result.latency.max,
    '204s': result['2xx'],
    other: result.non2xx + result.errors + result.timeouts,
  };
  return { answered, row };
}

async function standaloneCollector(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/lib/rum-standalone.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  return { url: `http://127.0.0.1:${chunk.toString().trim()}`, stop: () => child.kill() };
}

const before = await accepted();
const next = await measure(storefrontUrl);
const recorded = (await accepted()) - before;
const standalone = await standaloneCollector();
const bare = await measure(standalone.url).finally(standalone.stop);

console.log(
  `${CONNECTIONS} connections, ${DURATION_S} s each after 2 s of warm-up, beacon of ${body.length} bytes with ${beacon.metrics.length} records`,
);
console.table({ 'POST /api/rum (npm start)': next.row, 'collector alone (node:http)': bare.row });
// Up to one request per connection may still be in flight when autocannon stops counting.
console.log(
  `storefront: rum_beacons_total{outcome="accepted"} grew by ${recorded}; 204s counted by the bench: ${next.answered}`,
);
