import { expect, test, type APIRequestContext } from '@playwright/test';
import type { BeaconInput } from '../lib/rum/beacon';
import type { VitalsSummary } from '../lib/rum/store/vitals-summary';
import { stack } from './support/stack';

/**
 * The collector over real HTTP against the built app: bad beacons of every kind are refused
 * with a 4xx (never a 500) and leave no trace in the ops data or the Prometheus histograms; a
 * good one shows up in both. No browser: the browser side is e2e/rum.spec.ts.
 */
const ROUTE = '/[locale]/checkout/[step]'; // a route and device no other spec reports
const DEVICE = 'tablet';
const SERIES = `route="${ROUTE}",device="${DEVICE}"`;
const ops = { authorization: `Bearer ${stack.opsToken}` };

const beacon = {
  route: ROUTE,
  locale: 'de-DE',
  market: 'DE',
  device: DEVICE,
  connection: '4g',
  metrics: [
    {
      name: 'INP',
      value: 640,
      delta: 640,
      id: 'v5-e2e-1',
      rating: 'good',
      navigationType: 'navigate',
      attribution: { target: 'button#pay' },
    },
  ],
} satisfies BeaconInput;

let client = 0;
function post(request: APIRequestContext, body: string, headers: Record<string, string> = {}) {
  // Each post from a client of its own, so the rate limit only bites where a test wants it to.
  return request.post('/api/rum', {
    data: body,
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `192.0.2.${++client}`,
      ...headers,
    },
  });
}

async function inpCount(request: APIRequestContext): Promise<{ ops: number; prometheus: number }> {
  const summary = (await (
    await request.get('/api/ops/vitals', { headers: ops })
  ).json()) as VitalsSummary;
  const series = summary.metrics
    .find((metric) => metric.name === 'INP')
    ?.series.find((s) => s.route === ROUTE && s.device === DEVICE);
  const text = await (
    await request.get('/api/metrics', {
      headers: { authorization: `Bearer ${stack.metricsToken}` },
    })
  ).text();
  const counts = text
    .split('\n')
    .filter((line) => line.startsWith(`web_vitals_inp_count{${SERIES}`))
    .map((line) => Number(line.split(' ').at(-1)));
  return { ops: series?.count ?? 0, prometheus: counts.reduce((a, b) => a + b, 0) };
}

test('bad beacons get a 4xx, never a 500, and record nothing', async ({ request }) => {
  const before = await inpCount(request);
  const metric = beacon.metrics[0];
  const cases: [string, string, number, Record<string, string>?][] = [
    ['malformed JSON', '{"route":', 400],
    ['NaN', JSON.stringify(beacon).replace('640,', 'NaN,'), 400],
    ['a string value', JSON.stringify({ ...beacon, metrics: [{ ...metric, value: '640' }] }), 400],
    ['a negative value', JSON.stringify({ ...beacon, metrics: [{ ...metric, value: -5 }] }), 400],
    ['a huge value', JSON.stringify({ ...beacon, metrics: [{ ...metric, value: 1e15 }] }), 400],
    [
      'an unknown metric',
      JSON.stringify({ ...beacon, metrics: [{ ...metric, name: 'FID' }] }),
      400,
    ],
    [
      'a raw URL',
      JSON.stringify({ ...beacon, route: '/de-DE/checkout/payment?email=a@b.co' }),
      400,
    ],
    ['a 1 MB body', JSON.stringify({ ...beacon, padding: 'x'.repeat(1024 * 1024) }), 413],
    [
      'a form post',
      JSON.stringify(beacon),
      415,
      { 'content-type': 'application/x-www-form-urlencoded' },
    ],
    ['a cross-site post', JSON.stringify(beacon), 403, { 'sec-fetch-site': 'cross-site' }],
  ];
  for (const [name, body, status, headers] of cases) {
    const response = await post(request, body, headers);
    expect(response.status(), `${name}: ${await response.text()}`).toBe(status);
  }
  // A crawler is answered like a browser but not counted.
  expect(
    (
      await post(request, JSON.stringify(beacon), {
        'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      })
    ).status(),
  ).toBe(204);
  expect(await inpCount(request)).toEqual(before);
});

test('a flood from one client is cut off with 429 and Retry-After', async ({ request }) => {
  const flood = { 'x-forwarded-for': '198.51.100.99' };
  const statuses: number[] = [];
  for (let i = 0; i < 70; i++) statuses.push((await post(request, '{', flood)).status());
  // RUM_RATE_LIMIT_PER_MIN defaults to 30 a minute with bursts of 60.
  expect(statuses.slice(0, 60).every((status) => status === 400)).toBe(true);
  expect(statuses.slice(60).every((status) => status === 429)).toBe(true);
  const limited = await post(request, JSON.stringify(beacon), flood);
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
});

test('a good beacon (text/plain, as sendBeacon sends it) reaches the ops data and Prometheus, rated by the server', async ({
  request,
}) => {
  const before = await inpCount(request);
  const response = await post(request, JSON.stringify(beacon), {
    'content-type': 'text/plain;charset=UTF-8',
  });
  expect(response.status()).toBe(204);
  expect(await inpCount(request)).toEqual({
    ops: before.ops + 1,
    prometheus: before.prometheus + 1,
  });
  const text = await (
    await request.get('/api/metrics', {
      headers: { authorization: `Bearer ${stack.metricsToken}` },
    })
  ).text();
  // 640 ms is poor whatever the browser claimed.
  expect(text).toMatch(
    new RegExp(
      `web_vitals_inp_count\\{${SERIES.replace(/[[\]]/g, '\\$&')},locale="de-DE",rating="poor",variant="none"\\} [1-9]`,
    ),
  );
});

test('metrics and ops data want their tokens; the ops page takes ?token= once and keeps it in a cookie', async ({
  playwright,
}) => {
  const request = await playwright.request.newContext({ baseURL: stack.storefrontUrl });
  try {
    expect((await post(request, JSON.stringify(beacon))).status()).toBe(204);
    expect((await request.get('/api/metrics')).status()).toBe(401);
    expect((await request.get('/api/ops/vitals')).status()).toBe(401);
    expect((await request.get('/ops/vitals')).status()).toBe(404);
    expect((await request.get('/ops/vitals?token=wrong-token-0123456789')).status()).toBe(404);

    const opened = await request.get(`/ops/vitals?token=${stack.opsToken}`, { maxRedirects: 0 });
    expect(opened.status()).toBe(303);
    expect(opened.headers().location).toMatch(/\/ops\/vitals$/);
    expect(opened.headers()['set-cookie']).toMatch(/ops_token=.*HttpOnly/i);
    // A signed session, not the token: a copied cookie never yields the metrics bearer token.
    expect(opened.headers()['set-cookie']).not.toContain(stack.opsToken);

    const page = await request.get('/ops/vitals');
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(html).toContain('Real-user Core Web Vitals');
    expect(html).toContain('noindex');
    expect(html).toContain('button#pay');
  } finally {
    await request.dispose();
  }
});
