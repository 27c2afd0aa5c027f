import { describe, expect, it } from 'vitest';
import type { MetricWithAttribution } from 'web-vitals/attribution';
import { beaconSchema, type MetricRecord } from '@/lib/rum/beacon';
import { toRecord } from './record';

const base = {
  rating: 'good',
  id: 'v6-1732186000000-1234567890123',
  navigationType: 'navigate',
  entries: [],
  navigationId: 1,
};

function metric(fields: object): MetricWithAttribution {
  return { ...base, ...fields } as unknown as MetricWithAttribution;
}

const lcp = metric({
  name: 'LCP',
  value: 2134.56,
  delta: 2134.56,
  attribution: {
    target: 'main>div.gallery>img',
    url: 'http://127.0.0.1:4010/media/p000123-1.jpg?w=828&token=secret',
    timeToFirstByte: 120.04,
    resourceLoadDelay: 30,
    resourceLoadDuration: 900,
    elementRenderDelay: 1084.5,
    navigationEntry: {},
    lcpEntry: {},
  },
});

function beaconWith(records: unknown[]) {
  return beaconSchema.safeParse({
    route: '/[locale]/p/[slug]',
    locale: 'en-US',
    market: 'US',
    device: 'desktop',
    connection: '4g',
    metrics: records,
  });
}

describe('toRecord', () => {
  it('keeps the LCP element and phases, never its URL, and rounds to 0.1 ms', () => {
    const record = toRecord(lcp);
    expect(record).toEqual({
      name: 'LCP',
      value: 2134.6,
      delta: 2134.6,
      id: base.id,
      rating: 'good',
      navigationType: 'navigate',
      attribution: {
        element: 'main>div.gallery>img',
        timeToFirstByte: 120,
        resourceLoadDelay: 30,
        resourceLoadDuration: 900,
        elementRenderDelay: 1084.5,
      },
    });
    expect(JSON.stringify(record)).not.toContain('http');
  });

  it('keeps the INP target, interaction type, phases and load state', () => {
    const record = toRecord(
      metric({
        name: 'INP',
        value: 48,
        delta: 48,
        attribution: {
          interactionTarget: 'input#size-M',
          interactionType: 'pointer',
          inputDelay: 2,
          processingDuration: 30,
          presentationDelay: 16,
          loadState: 'complete',
          processedEventEntries: [],
          longAnimationFrameEntries: [],
        },
      }),
    );
    expect(record?.attribution).toEqual({
      target: 'input#size-M',
      interactionType: 'pointer',
      inputDelay: 2,
      processingDuration: 30,
      presentationDelay: 16,
      loadState: 'complete',
    });
  });

  it('keeps the largest layout shift of CLS at 4 decimals', () => {
    const record = toRecord(
      metric({
        name: 'CLS',
        value: 0.123456,
        delta: 0.123456,
        attribution: {
          largestShiftTarget: 'footer',
          largestShiftTime: 1500,
          largestShiftValue: 0.1,
          loadState: 'complete',
        },
      }),
    );
    expect(record).toMatchObject({
      value: 0.1235,
      attribution: { largestShiftTarget: 'footer', largestShiftTime: 1500, largestShiftValue: 0.1 },
    });
  });

  it('keeps the end of an over-long selector', () => {
    const long = `${'div.a>'.repeat(60)}img`;
    const record = toRecord({
      ...lcp,
      attribution: { ...lcp.attribution, target: long },
    } as MetricWithAttribution);
    expect(record?.attribution).toMatchObject({ element: long.slice(-200) });
  });

  it('leaves out a phase outside the collector range instead of sending a refused beacon', () => {
    const record = toRecord({
      ...lcp,
      attribution: { ...lcp.attribution, resourceLoadDelay: -3 },
    } as MetricWithAttribution);
    const sent = JSON.parse(JSON.stringify(record)) as MetricRecord;
    expect(sent.attribution).not.toHaveProperty('resourceLoadDelay');
    expect(beaconWith([sent]).success).toBe(true);
  });

  it('drops a metric whose value the collector would refuse', () => {
    expect(toRecord(metric({ ...lcp, value: 200_000, delta: 200_000 }))).toBeUndefined();
  });

  it('produces records of every metric that the collector accepts', () => {
    const records = [
      toRecord(lcp),
      toRecord(
        metric({
          name: 'FCP',
          value: 800,
          delta: 800,
          attribution: {
            timeToFirstByte: 100,
            firstByteToFCP: 700,
            loadState: 'dom-content-loaded',
          },
        }),
      ),
      toRecord(
        metric({
          name: 'TTFB',
          value: 100,
          delta: 100,
          navigationType: 'soft-navigation',
          attribution: {
            waitingDuration: 1,
            cacheDuration: 0,
            dnsDuration: 0,
            connectionDuration: 0.25,
            requestDuration: 98.75,
          },
        }),
      ),
      toRecord(
        metric({
          name: 'INP',
          value: 24,
          delta: 24,
          attribution: {
            interactionTarget: '',
            loadState: 'complete',
            inputDelay: 1,
            processingDuration: 2,
            presentationDelay: 21,
          },
        }),
      ),
      toRecord(metric({ name: 'CLS', value: 0, delta: 0, attribution: {} })),
    ];
    expect(beaconWith(JSON.parse(JSON.stringify(records))).success).toBe(true);
  });
});
