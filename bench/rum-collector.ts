/**
 * POST /api/rum throughput and latency: valid page-load beacons (LCP, FCP, TTFB with
 * attribution, sent as text/plain like navigator.sendBeacon) against a running stack
 * (`npm start`, or BENCH_URL), loopback only, for a bounded time. Every request carries another
 * X-Forwarded-For address (2001:db8::/32, the documentation range: a header value, no traffic
 * goes there), so the per-client rate limit, which would cap one client at 30 a minute, does
 * not; the limiter's table still sees 65,536 clients. Usage: tsx bench/rum-collector.ts
 */
import autocannon from 'autocannon';
import type { BeaconInput } from '../lib/rum/beacon';
import { storefrontUrl } from './lib/stack';

const CONNECTIONS = Number(process.env.BENCH_RUM_CONNECTIONS ?? 10);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const metricsHeaders: Record<string, string> = process.env.METRICS_TOKEN ? { authorization: `Bearer ${process.env.METRICS_TOKEN}` } : {};

const beacon: BeaconInput = {
  route: '/[locale]/p/[slug]',
  locale: 'en-US',
  market: 'US',
  device: 'phone',
  connection: '4g',
  metrics: [
    { name: 'TTFB', value: 180, delta: 180, id: 'v5-1', rating: 'good', navigationType: 'navigate', attribution: { waitingDuration: 5, dnsDuration: 10, connectionDuration: 40, requestDuration: 125 } },
    { name: 'FCP', value: 900, delta: 900, id: 'v5-2', rating: 'good', navigationType: 'navigate', attribution: { timeToFirstByte: 180, firstByteToFCP: 720, loadState: 'dom-interactive' } },
    { name: 'LCP', value: 2300, delta: 2300, id: 'v5-3', rating: 'good', navigationType: 'navigate', attribution: { element: 'main > div.gallery > img', timeToFirstByte: 180, resourceLoadDelay: 300, resourceLoadDuration: 1200, elementRenderDelay: 620 } },
  ],
};
const body = JSON.stringify(beacon);

let client = 0;
const nextClient = () => `2001:db8::${(client++ % 65_536).toString(16)}`;

async function accepted(): Promise<number> {
  // Requests still in flight when autocannon stops are answered after it: let them land first.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const text = await (await fetch(`${storefrontUrl}/api/metrics`, { headers: metricsHeaders })).text();
  return Number(/^rum_beacons_total\{outcome="accepted"\} (\d+)/m.exec(text)?.[1] ?? Number.NaN);
}

function run(duration: number) {
  return autocannon({
    url: storefrontUrl,
    connections: CONNECTIONS,
    duration,
    requests: [{
      method: 'POST',
      path: '/api/rum',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body,
      setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'x-forwarded-for': nextClient() } }),
    }],
  });
}

const probe = await fetch(`${storefrontUrl}/api/rum`, { method: 'POST', body, headers: { 'content-type': 'text/plain', 'x-forwarded-for': nextClient() } });
if (probe.status !== 204) throw new Error(`POST /api/rum answered ${probe.status}: ${await probe.text()}`);
await run(2); // warm-up: JIT, the route's first compile, the limiter's table

const before = await accepted();
const result = await run(DURATION_S);
const recorded = (await accepted()) - before;

console.log(`${CONNECTIONS} connections, ${DURATION_S} s, beacon of ${body.length} bytes with ${beacon.metrics.length} records`);
console.table({
  'POST /api/rum': {
    'beacons/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'max ms': result.latency.max,
    '204s': result['2xx'],
    'other': result.non2xx + result.errors + result.timeouts,
  },
});
console.log(`accepted by the collector (rum_beacons_total): ${recorded}; autocannon counted ${result['2xx']} 204s (plus up to ${CONNECTIONS} still in flight at the end)`);
