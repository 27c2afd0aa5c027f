import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { BeaconInput } from '../lib/rum/beacon';
import { rate } from '../lib/rum/vitals';
import { prometheusInstalled, startPrometheus, type TestPrometheus } from './support/prometheus';
import { stack } from './support/stack';

/**
 * A real Prometheus scrapes the storefront's /api/metrics (with the bearer token), evaluates the
 * shipped recording rules, and its p75 of LCP is the value histogram_quantile must give for the
 * beacons posted here.
 *
 * rate() counts only what a counter gained between scrapes, so the series must exist before the
 * measured beacons arrive: a warm-up beacon is scraped first. Its 20 values sit in the lowest
 * bucket and share the measured ones' labels (all "good"), so every bucket that grows starts from
 * the same count and rate()'s extrapolation scales them all alike: the quantile stays exact.
 * Within the suite's 60 s test timeout: Prometheus applies new targets on a 5 s tick, so the
 * first scrape comes after about 6 s; the whole test takes about 7 s.
 */
const ROUTE = '/[locale]/order/lookup'; // a route and device no other test reports
const DEVICE = 'tablet';
const SELECTOR = `route="${ROUTE}",device="${DEVICE}"`;

const WARM_UP = Array<number>(20).fill(300);
// 2 in (1000, 1500], 2 in (1500, 2000], 4 in (2000, 2500]. Rank 0.75 × 8 = 6 is the 2nd of the 4
// in (2000, 2500]: p75 = 2000 + 500 × (6 − 4) / 4 = 2250.
const MEASURED = [1200, 1400, 1600, 1900, 2100, 2200, 2300, 2400];
const EXPECTED_P75 = 2250;

let prometheus: TestPrometheus | undefined;

test.skip(
  !prometheusInstalled(),
  "no `prometheus` binary: install Debian's prometheus package (.ci/run does)",
);
test.afterAll(async () => prometheus?.stop());

async function postLcp(request: APIRequestContext, values: number[], batch: string) {
  const beacon: BeaconInput = {
    route: ROUTE,
    locale: 'en-US',
    market: 'US',
    device: DEVICE,
    connection: '4g',
    metrics: values.map((value, index) => ({
      name: 'LCP',
      value,
      delta: value,
      id: `v5-${batch}-${index}`,
      rating: rate('LCP', value),
      navigationType: 'navigate',
    })),
  };
  const response = await request.post('/api/rum', {
    data: JSON.stringify(beacon),
    // A client of its own, so other tests' beacons never share this one's rate limit.
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.75' },
  });
  expect(response.status(), await response.text()).toBe(204);
}

async function value(expr: string): Promise<number | undefined> {
  return (await prometheus!.query(expr))[0]?.value;
}

test('Prometheus scrapes /api/metrics and the recorded p75 of LCP interpolates in the expected bucket', async ({
  request,
}) => {
  await postLcp(request, WARM_UP, 'warm-up');
  prometheus = await startPrometheus(
    {
      address: new URL(stack.storefrontUrl).host,
      metricsPath: '/api/metrics',
      bearerToken: stack.metricsToken,
    },
    ['recording-rules.yml', 'alert-rules.yml'].map((file) =>
      fileURLToPath(new URL(`../observability/prometheus/${file}`, import.meta.url)),
    ),
  );

  await expect
    .poll(() => value('up{job="storefront"}'), {
      message: 'the storefront target is up (token accepted)',
      timeout: 10_000,
    })
    .toBe(1);
  await expect
    .poll(() => value(`sum(web_vitals_lcp_count{${SELECTOR}})`), {
      message: 'the warm-up beacon is scraped',
      timeout: 10_000,
    })
    .toBe(WARM_UP.length);

  await postLcp(request, MEASURED, 'measured');
  await expect
    .poll(() => value(`sum(web_vitals_lcp_count{${SELECTOR}})`), {
      message: 'the measured beacon is scraped',
      timeout: 10_000,
    })
    .toBe(WARM_UP.length + MEASURED.length);

  // The shipped recording rule, evaluated by Prometheus every second.
  await expect
    .poll(() => value(`route_device:web_vitals_lcp:p75_5m{${SELECTOR}}`), {
      message: 'the recorded p75',
      timeout: 10_000,
    })
    .toBeCloseTo(EXPECTED_P75, 6);
  // Its expression over a short range, as a one-off query gives it.
  const shortRange = `histogram_quantile(0.75, sum by (le, route, device) (rate(web_vitals_lcp_bucket{${SELECTOR}}[1m])))`;
  expect(await value(shortRange)).toBeCloseTo(EXPECTED_P75, 6);
  // All measured views are good, and only they count in the window (the warm-up was there before).
  // Polled too: the good share is recorded later in the same group evaluation as the p75, so a
  // query right after the p75 appears can land before this rule's result is written.
  await expect
    .poll(() => value(`route_device:web_vitals_lcp:good_ratio_5m{${SELECTOR}}`), {
      message: 'the recorded good share',
      timeout: 5_000,
    })
    .toBe(1);
});
