import { describe, expect, it } from 'vitest';
import { beaconSchema, MAX_BEACON_BYTES, type MetricRecord } from '@/lib/rum/beacon';
import { VITAL_NAMES } from '@/lib/rum/vitals';
import {
  beaconBodies,
  MAX_BEACON_BYTES as CLIENT_MAX_BYTES,
  MAX_RECORDS,
  unsentRecords,
  type BeaconContext,
} from './batch';

const product: BeaconContext = {
  route: '/[locale]/p/[slug]',
  locale: 'en-US',
  market: 'US',
  device: 'phone',
  connection: '4g',
  variants: {},
};
const category: BeaconContext = { ...product, route: '/[locale]/c/[slug]' };

function lcp(i: number, element = 'main img'): MetricRecord {
  return {
    name: 'LCP',
    value: 1000 + i,
    delta: 1000 + i,
    id: `v6-${i}`,
    rating: 'good',
    navigationType: 'navigate',
    attribution: { element },
  };
}

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('beaconBodies', () => {
  it('has the collector limits', () => {
    expect(CLIENT_MAX_BYTES).toBe(MAX_BEACON_BYTES);
    expect(MAX_RECORDS).toBe(VITAL_NAMES.length * 4);
  });

  it('sends nothing for an empty queue', () => {
    expect(beaconBodies([])).toEqual([]);
  });

  it('puts one page view in one beacon the collector accepts', () => {
    const bodies = beaconBodies([lcp(1), lcp(2)].map((record) => ({ context: product, record })));
    expect(bodies).toHaveLength(1);
    const beacon = beaconSchema.parse(JSON.parse(bodies[0]!));
    expect(beacon.metrics.map((m) => m.id)).toEqual(['v6-1', 'v6-2']);
  });

  it('gives each route (a soft navigation) its own beacon', () => {
    const bodies = beaconBodies([
      { context: product, record: lcp(1) },
      { context: category, record: lcp(2) },
      { context: product, record: lcp(3) },
    ]);
    expect(
      bodies
        .map((body) => JSON.parse(body) as { route: string; metrics: { id: string }[] })
        .map((b) => [b.route, b.metrics.map((m) => m.id)]),
    ).toEqual([
      ['/[locale]/p/[slug]', ['v6-1', 'v6-3']],
      ['/[locale]/c/[slug]', ['v6-2']],
    ]);
  });

  it('splits at the record limit', () => {
    const bodies = beaconBodies(
      Array.from({ length: MAX_RECORDS * 2 + 1 }, (_, i) => ({ context: product, record: lcp(i) })),
    );
    expect(
      bodies.map((body) => (JSON.parse(body) as { metrics: unknown[] }).metrics.length),
    ).toEqual([MAX_RECORDS, MAX_RECORDS, 1]);
    for (const body of bodies) expect(beaconSchema.safeParse(JSON.parse(body)).success).toBe(true);
  });

  it('splits at the byte limit, counting UTF-8 bytes, and keeps every record once', () => {
    const queued = Array.from({ length: 30 }, (_, i) => ({
      context: product,
      record: lcp(i, `div#ü${'é'.repeat(90)}>img`),
    }));
    const bodies = beaconBodies(queued, 2048);
    expect(bodies.length).toBeGreaterThan(2);
    for (const body of bodies) expect(bytes(body)).toBeLessThanOrEqual(2048);
    const ids = bodies.flatMap((body) =>
      (JSON.parse(body) as { metrics: { id: string }[] }).metrics.map((m) => m.id),
    );
    expect(ids).toEqual(queued.map((q) => q.record.id));
  });

  it('fills a beacon right up to the limit', () => {
    const queued = [lcp(1), lcp(2)].map((record) => ({ context: product, record }));
    const both = beaconBodies(queued)[0]!;
    expect(beaconBodies(queued, bytes(both))).toEqual([both]);
    expect(beaconBodies(queued, bytes(both) - 1)).toHaveLength(2);
  });

  it('drops a record that cannot fit even alone', () => {
    const bodies = beaconBodies(
      [
        { context: product, record: lcp(1, 'x'.repeat(3000)) },
        { context: product, record: lcp(2) },
      ],
      1024,
    );
    expect(bodies).toHaveLength(1);
    expect(
      (JSON.parse(bodies[0]!) as { metrics: { id: string }[] }).metrics.map((m) => m.id),
    ).toEqual(['v6-2']);
  });
});

describe('unsentRecords', () => {
  const inp = (id: string, value: number): MetricRecord => ({
    name: 'INP',
    value,
    delta: value,
    id,
    rating: 'good',
    navigationType: 'navigate',
  });
  const queued = (...records: MetricRecord[]) =>
    records.map((record) => ({ context: product, record }));

  it('sends an id once per page: a later report of a sent id is dropped', () => {
    const sent = new Set<string>();
    expect(unsentRecords(queued(inp('v6-a', 40), lcp(1)), sent).map((q) => q.record.id)).toEqual([
      'v6-a',
      'v6-1',
    ]);
    expect(
      unsentRecords(queued(inp('v6-a', 320), inp('v6-b', 16)), sent).map((q) => q.record.id),
    ).toEqual(['v6-b']);
    expect(unsentRecords(queued(inp('v6-a', 400)), sent)).toEqual([]);
  });

  it('keeps the latest of two reports of one id queued together', () => {
    expect(
      unsentRecords(queued(inp('v6-a', 40), inp('v6-a', 320)), new Set()).map(
        (q) => q.record.value,
      ),
    ).toEqual([320]);
  });
});
