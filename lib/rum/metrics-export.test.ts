import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createRumMetrics, type RumMetrics } from './otel-metrics';
import {
  PROMETHEUS_BEACONS_TOTAL,
  PROMETHEUS_HISTOGRAMS,
  PROMETHEUS_VITAL_LABELS,
} from './prometheus-names';
import type { VitalSample } from './samples';
import { rate, VITAL_NAMES, VITALS, type VitalName } from './vitals';

const sample = (name: VitalName, value: number): VitalSample => ({
  name,
  value,
  rating: rate(name, value),
  route: '/[locale]',
  device: 'desktop',
  locale: 'de-DE',
  variant: 'none',
});

let metrics: RumMetrics | undefined;
afterEach(async () => metrics?.shutdown());

describe('Prometheus exposition', () => {
  it('uses exactly the names in prometheus-names.ts, with a bucket on each threshold', async () => {
    metrics = createRumMetrics();
    for (const name of VITAL_NAMES) metrics.record(sample(name, VITALS[name].good));
    const text = await metrics.scrape();
    const values = {
      route: '/[locale]',
      device: 'desktop',
      locale: 'de-DE',
      rating: 'good',
      variant: 'none',
    };
    const labels = PROMETHEUS_VITAL_LABELS.map((label) => `${label}="${values[label]}"`).join(',');
    for (const name of VITAL_NAMES) {
      const { family, bucket, sum, count } = PROMETHEUS_HISTOGRAMS[name];
      expect(text).toContain(`# TYPE ${family} histogram`);
      expect(text).toContain(`${count}{${labels}} 1`);
      expect(text).toContain(`${sum}{${labels}} ${VITALS[name].good}`);
      for (const threshold of [VITALS[name].good, VITALS[name].poor])
        expect(text).toContain(`${bucket}{${labels},le="${threshold}"}`);
    }
    expect(text).toContain(`# TYPE ${PROMETHEUS_BEACONS_TOTAL} counter`);
  });
});

interface OtlpHistogram {
  name: string;
  unit: string;
  histogram: {
    dataPoints: {
      count: number | string;
      explicitBounds: number[];
      attributes: { key: string; value: { stringValue: string } }[];
    }[];
  };
}
interface OtlpBody {
  resourceMetrics: { scopeMetrics: { metrics: OtlpHistogram[] }[] }[];
}

describe('OTLP/HTTP export', () => {
  it('pushes the histograms as JSON to a real receiver at the configured interval', async () => {
    const bodies: OtlpBody[] = [];
    const paths: string[] = [];
    const receiver = createServer((request: IncomingMessage, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        paths.push(`${request.method} ${request.url} ${request.headers['content-type']}`);
        bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpBody);
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = receiver.address() as AddressInfo;
      metrics = createRumMetrics({
        otlp: { url: `http://127.0.0.1:${port}/v1/metrics`, intervalMs: 200 },
      });
      metrics.record(sample('LCP', 3100));
      await expect.poll(() => bodies.length, { timeout: 5_000 }).toBeGreaterThan(0);

      expect(paths[0]).toBe('POST /v1/metrics application/json');
      const all = bodies.flatMap((body) =>
        body.resourceMetrics.flatMap((r) => r.scopeMetrics.flatMap((s) => s.metrics)),
      );
      const lcp = all.find((metric) => metric.name === 'web_vitals_lcp');
      expect(lcp?.unit).toBe('ms');
      const point = lcp!.histogram.dataPoints[0]!;
      expect(Number(point.count)).toBe(1);
      expect(point.explicitBounds).toEqual(VITALS.LCP.buckets);
      expect(Object.fromEntries(point.attributes.map((a) => [a.key, a.value.stringValue]))).toEqual(
        {
          route: '/[locale]',
          device: 'desktop',
          locale: 'de-DE',
          rating: 'needs-improvement',
          variant: 'none',
        },
      );
    } finally {
      await metrics?.shutdown();
      metrics = undefined;
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});
