import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheLifetimes, cacheTags, tagForEntity } from './manifest';

describe('cache manifest', () => {
  it('names one tag per entity', () => {
    expect(tagForEntity({ type: 'product', id: 'p000001' })).toBe('product:p000001');
    expect(tagForEntity({ type: 'category', id: 'c001' })).toBe('category:c001');
    expect(tagForEntity({ type: 'collection', id: 'best-sellers' })).toBe(
      'collection:best-sellers',
    );
    expect(cacheTags.categoryTree).toBe('categories');
  });

  it('keeps live data fresher than the pages it decorates', () => {
    expect(cacheLifetimes.live).toBeLessThanOrEqual(10);
    expect(cacheLifetimes.page).toBe(300);
  });

  // Next only accepts a literal `revalidate` export, so each ISR page repeats the number.
  it.each([
    'app/[locale]/page.tsx',
    'app/[locale]/c/[slug]/page.tsx',
    'app/[locale]/p/[slug]/page.tsx',
  ])('%s exports revalidate equal to the manifest', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).toContain(`export const revalidate = ${cacheLifetimes.page};`);
  });
});
