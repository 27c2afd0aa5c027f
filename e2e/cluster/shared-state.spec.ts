import { expect, test, type APIRequestContext } from '@playwright/test';
import { lcpBeacon } from '../../lib/rum/beacon-fixture';
import type { OpsVitals } from '../../lib/rum/ops-vitals';
import { clusterStack, clusterUnavailable } from '../support/cluster-stack';

test.skip(Boolean(clusterUnavailable), clusterUnavailable);

/**
 * State that must be cluster-wide is: one client's RUM beacons share one rate limit whichever
 * instance the balancer picks, and the ops page of any instance counts every instance's
 * beacons (each publishes its minutes to Redis every few seconds).
 */
const { instanceUrls, opsToken } = clusterStack;
const ROUTE = '/[locale]/checkout/[step]'; // reported by no other cluster spec
const PER_MINUTE = 30; // RUM_RATE_LIMIT_PER_MIN's default; a fresh client may burst twice that

async function postBeacon(request: APIRequestContext, base: string, client: string, id: string) {
  const beacon = lcpBeacon(1800, { route: ROUTE, id });
  const response = await request.post(`${base}/api/rum`, {
    data: JSON.stringify(beacon),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
  });
  return response.status();
}

async function lcpViews(request: APIRequestContext, base: string): Promise<OpsVitals> {
  const response = await request.get(`${base}/api/ops/vitals`, {
    headers: { authorization: `Bearer ${opsToken}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as OpsVitals;
}

test('one client gets one RUM rate limit across the instances, and every ops view counts every instance', async ({
  request,
}) => {
  const client = '203.0.113.15';
  const burst = 2 * PER_MINUTE;
  const statuses: number[] = [];
  for (let index = 0; index < burst; index++)
    statuses.push(
      await postBeacon(request, instanceUrls[index % instanceUrls.length]!, client, `c-${index}`),
    );
  expect(statuses).toEqual(Array(burst).fill(204));
  // The bucket is empty on every instance, not just on the one that took the last beacon.
  for (const url of instanceUrls)
    expect(await postBeacon(request, url, client, `over-${url}`), url).toBe(429);

  // Each instance's ops view counts the beacons all three took.
  for (const url of instanceUrls)
    await expect
      .poll(
        async () => {
          const vitals = await lcpViews(request, url);
          const lcp = vitals.metrics.find((metric) => metric.name === 'LCP');
          const series = lcp?.series.find((row) => row.route === ROUTE && row.device === 'phone');
          return { count: series?.count, scope: vitals.coverage.scope };
        },
        { message: `${url}'s ops view`, timeout: 15_000 },
      )
      .toEqual({ count: burst, scope: 'cluster' });
});
