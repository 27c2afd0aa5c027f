import { afterEach, describe, expect, it } from 'vitest';
import type { BeaconInput } from './beacon';
import { collectBeacon } from './collect-beacon';
import { createRumRuntime, type RumRuntime } from './runtime';
import { summarize } from './store/vitals-summary';

const NOW = Date.UTC(2026, 0, 1, 12);
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36';

const beacon: BeaconInput = {
  route: '/[locale]/p/[slug]',
  locale: 'en-US',
  market: 'US',
  device: 'phone',
  connection: '4g',
  variants: { 'pdp-gallery': 'b' },
  // The browser claims "good" for a poor LCP: the server's own rating must win.
  metrics: [
    {
      name: 'LCP',
      value: 5000,
      delta: 5000,
      id: 'v5-1',
      rating: 'good',
      navigationType: 'navigate',
      attribution: { element: 'main img' },
    },
  ],
};

let rum: RumRuntime;
afterEach(() => rum?.metrics.shutdown());

function post(body: BodyInit | null, headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request('http://shop.test/api/rum', {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': CHROME,
      'x-forwarded-for': '198.51.100.7',
      host: 'shop.test',
      ...headers,
    },
    duplex: 'half',
  } as RequestInit);
  return collectBeacon(request, rum, NOW);
}

const recorded = () =>
  summarize(rum.store.window(NOW), NOW).metrics.reduce(
    (sum, metric) => sum + metric.overall.count,
    0,
  );

describe('collectBeacon', () => {
  it('records a valid beacon (JSON or text/plain) with the rating computed on the server', async () => {
    rum = createRumRuntime({ ratePerMinute: 30 });
    expect((await post(JSON.stringify(beacon))).status).toBe(204);
    expect(
      (await post(JSON.stringify(beacon), { 'content-type': 'text/plain;charset=UTF-8' })).status,
    ).toBe(204);
    const lcp = summarize(rum.store.window(NOW), NOW).metrics.find(
      (metric) => metric.name === 'LCP',
    )!;
    expect(lcp.overall).toMatchObject({
      count: 2,
      split: { good: 0, needsImprovement: 0, poor: 2 },
    });
    expect(lcp.topTargets[0]).toMatchObject({ target: 'main img', count: 2 });
    const text = await rum.metrics.scrape();
    expect(text).toContain(
      'web_vitals_lcp_count{route="/[locale]/p/[slug]",device="phone",locale="en-US",rating="poor",variant="pdp-gallery:b"} 2',
    );
    expect(text).toContain('rum_beacons_total{outcome="accepted"} 2');
  });

  const metric = beacon.metrics[0]!;
  it.each<[string, BodyInit, number, string]>([
    ['malformed JSON', '{"route": ', 400, 'malformed_json'],
    ['a NaN literal', JSON.stringify(beacon).replace('5000,', 'NaN,'), 400, 'malformed_json'],
    [
      'a string for a number',
      JSON.stringify({ ...beacon, metrics: [{ ...metric, value: '5000' }] }),
      400,
      'invalid',
    ],
    [
      'a negative value',
      JSON.stringify({ ...beacon, metrics: [{ ...metric, value: -1 }] }),
      400,
      'invalid',
    ],
    [
      'a huge value',
      JSON.stringify({ ...beacon, metrics: [{ ...metric, value: 1e308 }] }),
      400,
      'invalid',
    ],
    [
      'an unknown metric',
      JSON.stringify({ ...beacon, metrics: [{ ...metric, name: 'FID' }] }),
      400,
      'invalid',
    ],
    [
      'a raw URL as route',
      JSON.stringify({ ...beacon, route: '/en-US/p/shirt?email=a@b.co' }),
      400,
      'invalid',
    ],
    ['an array', '[]', 400, 'invalid'],
    [
      'a 1 MB body',
      JSON.stringify({ ...beacon, pad: 'x'.repeat(1024 * 1024) }),
      413,
      'payload_too_large',
    ],
  ])('refuses %s and records nothing', async (_case, body, status, outcome) => {
    rum = createRumRuntime({ ratePerMinute: 30 });
    const response = await post(body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { message: string } }).error.message).not.toBe('');
    expect(recorded()).toBe(0);
    expect(await rum.metrics.scrape()).toContain(`rum_beacons_total{outcome="${outcome}"} 1`);
  });

  it('caps a chunked body that declares no length', async () => {
    rum = createRumRuntime({ ratePerMinute: 30 });
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 16) controller.enqueue(chunk);
        else controller.close();
      },
    });
    expect((await post(stream)).status).toBe(413);
    expect(sent).toBeLessThan(16);
  });

  it('refuses other media types, cross-site posts, and drops crawlers quietly', async () => {
    rum = createRumRuntime({ ratePerMinute: 30 });
    expect(
      (await post(JSON.stringify(beacon), { 'content-type': 'application/x-www-form-urlencoded' }))
        .status,
    ).toBe(415);
    expect((await post(JSON.stringify(beacon), { 'sec-fetch-site': 'cross-site' })).status).toBe(
      403,
    );
    expect((await post(JSON.stringify(beacon), { origin: 'https://evil.test' })).status).toBe(403);
    expect(
      (
        await post(JSON.stringify(beacon), {
          'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)',
        })
      ).status,
    ).toBe(204);
    expect(recorded()).toBe(0);
    const text = await rum.metrics.scrape();
    for (const [outcome, count] of [
      ['unsupported_media_type', 1],
      ['cross_site', 2],
      ['bot', 1],
    ])
      expect(text).toContain(`rum_beacons_total{outcome="${outcome}"} ${count}`);
  });

  it('answers a flood from one client with 429 and Retry-After, other clients unaffected', async () => {
    rum = createRumRuntime({ ratePerMinute: 30 });
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) statuses.push((await post('{')).status);
    expect(statuses.filter((status) => status === 400)).toHaveLength(60);
    const limited = await post(JSON.stringify(beacon));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(recorded()).toBe(0);
    expect(
      (await post(JSON.stringify(beacon), { 'x-forwarded-for': '198.51.100.8, 10.0.0.1' })).status,
    ).toBe(204);
  });
});
