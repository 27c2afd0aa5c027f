import { describe, expect, it } from 'vitest';
import type { MetricRecord } from '@/lib/rum/beacon';
import { measuresPageLoad, queryOnlyNavigations } from './soft-navigations';

const first = 'https://shop.example/en-US/p/linen-shirt-p000123';

describe('queryOnlyNavigations', () => {
  it('picks the soft navigations that only changed the query', () => {
    const entries = [
      { navigationId: 2, name: `${first}?color=navy` },
      { navigationId: 3, name: `${first}?color=navy&size=M` },
      { navigationId: 4, name: 'https://shop.example/en-US/c/shirts' },
      { navigationId: 5, name: 'https://shop.example/en-US/c/shirts/filter?size=M' },
      { navigationId: 6, name: 'https://shop.example/en-US/c/shirts/filter?size=L' },
    ];
    expect([...queryOnlyNavigations(first, entries)]).toEqual([2, 3, 6]);
  });

  it('is empty where the browser reports no soft navigations', () => {
    expect(queryOnlyNavigations(first, []).size).toBe(0);
  });
});

describe('measuresPageLoad', () => {
  const record = (name: MetricRecord['name'], navigationType: MetricRecord['navigationType']) =>
    ({ name, navigationType, value: 20, delta: 20, id: 'v6-1', rating: 'good' }) as MetricRecord;
  const queryOnly = new Set([2]);

  it('drops FCP and LCP of a query-only soft navigation', () => {
    expect(measuresPageLoad(record('FCP', 'soft-navigation'), 2, queryOnly)).toBe(false);
    expect(measuresPageLoad(record('LCP', 'soft-navigation'), 2, queryOnly)).toBe(false);
  });

  it('keeps its INP and CLS, and everything of other navigations', () => {
    expect(measuresPageLoad(record('INP', 'soft-navigation'), 2, queryOnly)).toBe(true);
    expect(measuresPageLoad(record('CLS', 'soft-navigation'), 2, queryOnly)).toBe(true);
    expect(measuresPageLoad(record('LCP', 'soft-navigation'), 3, queryOnly)).toBe(true);
    expect(measuresPageLoad(record('LCP', 'navigate'), 2, queryOnly)).toBe(true);
  });
});
