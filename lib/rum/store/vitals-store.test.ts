import { describe, expect, it } from 'vitest';
import type { VitalSample } from '../samples';
import { rate } from '../vitals';
import { createVitalsStore } from './vitals-store';
import { summarize, variantP75 } from './vitals-summary';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const lcp = (value: number, extra: Partial<VitalSample> = {}): VitalSample => ({
  name: 'LCP',
  value,
  rating: rate('LCP', value),
  route: '/[locale]/p/[slug]',
  device: 'phone',
  locale: 'en-US',
  variant: 'none',
  ...extra,
});

describe('vitals store and summary', () => {
  it('gives p75 and the rating split per metric, route and device, and overall', () => {
    const store = createVitalsStore();
    for (const value of [1000, 2000, 3000, 5000]) store.add(lcp(value), T0);
    store.add(lcp(800, { device: 'desktop' }), T0);
    const summary = summarize(store.window(T0), T0);
    const metric = summary.metrics.find((m) => m.name === 'LCP')!;
    expect(metric.overall).toMatchObject({
      count: 5,
      split: { good: 3, needsImprovement: 1, poor: 1 },
    });
    const phone = metric.series[0]!;
    expect(phone).toMatchObject({
      route: '/[locale]/p/[slug]',
      device: 'phone',
      count: 4,
      rating: 'needs-improvement',
    });
    expect(Math.abs(phone.p75! / 3000 - 1)).toBeLessThan(0.05);
    expect(metric.series[1]).toMatchObject({ device: 'desktop', count: 1 });
    expect(summary.metrics.find((m) => m.name === 'INP')!.overall).toMatchObject({
      count: 0,
      p75: null,
      rating: null,
    });
  });

  it('charts one point per minute of the last hour and forgets older minutes', () => {
    const store = createVitalsStore();
    store.add(lcp(1000), T0 - 61 * 60_000);
    store.add(lcp(1000), T0 - 5 * 60_000);
    store.add(lcp(5000), T0);
    const { overall } = summarize(store.window(T0), T0).metrics.find((m) => m.name === 'LCP')!;
    expect(overall.count).toBe(2);
    expect(overall.minutes).toHaveLength(60);
    expect(overall.minutes.at(-1)).toMatchObject({
      start: new Date(T0).toISOString(),
      count: 1,
      split: { poor: 1 },
    });
    expect(overall.minutes.at(-6)!.count).toBe(1);
    expect(overall.minutes.filter((m) => m.count === 0)).toHaveLength(58);
  });

  it('ranks attribution targets across minutes', () => {
    const store = createVitalsStore();
    for (let i = 0; i < 3; i++) store.add(lcp(5000, { target: 'main img.hero' }), T0 - i * 60_000);
    store.add(lcp(1000, { target: 'h1' }), T0);
    const top = summarize(store.window(T0), T0).metrics.find((m) => m.name === 'LCP')!.topTargets;
    expect(top).toEqual([
      { route: '/[locale]/p/[slug]', target: 'main img.hero', count: 3, mean: 5000, poorShare: 1 },
      { route: '/[locale]/p/[slug]', target: 'h1', count: 1, mean: 1000, poorShare: 0 },
    ]);
  });

  it('keeps p75 per experiment variant, each pair of a label counted on its own', () => {
    const store = createVitalsStore();
    for (const value of [1000, 1200, 1400, 1600])
      store.add(lcp(value, { variant: 'home-hero:brand,pdp-add-to-cart:sticky' }), T0);
    store.add(lcp(4000, { variant: 'home-hero:best-sellers' }), T0);
    store.add(lcp(9000), T0);
    const minutes = store.window(T0);
    const brand = variantP75(minutes, 'LCP', 'home-hero', 'brand');
    expect(brand.count).toBe(4);
    expect(Math.abs(brand.p75! / 1400 - 1)).toBeLessThan(0.05);
    expect(variantP75(minutes, 'LCP', 'pdp-add-to-cart', 'sticky').count).toBe(4);
    expect(variantP75(minutes, 'LCP', 'home-hero', 'best-sellers').count).toBe(1);
    expect(variantP75(minutes, 'INP', 'home-hero', 'brand')).toEqual({ count: 0, p75: null });
  });

  it('lists the most frequent targets of each route, so a busy route does not crowd out a quiet one', () => {
    const store = createVitalsStore();
    // Twelve product-page targets seen twice each, then one home-page target seen once.
    for (let i = 0; i < 12; i++)
      for (const _ of [1, 2]) store.add(lcp(900, { target: `img#product-${i}` }), T0);
    store.add(lcp(900, { route: '/[locale]', target: 'section.hero' }), T0);
    const targets = summarize(store.window(T0), T0, 10).metrics.find(
      (m) => m.name === 'LCP',
    )!.topTargets;
    expect(targets.filter((t) => t.route === '/[locale]/p/[slug]')).toHaveLength(10);
    expect(targets).toContainEqual(expect.objectContaining({ target: 'section.hero', count: 1 }));
  });
});
