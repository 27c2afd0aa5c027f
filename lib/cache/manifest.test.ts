import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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

  // Next only accepts a literal `revalidate` export, so each ISR route repeats the number.
  const exports = revalidateExports('app');
  const lifetimeOf: Record<string, number> = {
    'page.tsx': cacheLifetimes.page,
    'opengraph-image.tsx': cacheLifetimes.ogImage,
  };

  it('finds the ISR routes (home, category, product and their variant routes)', () => {
    expect(exports.filter(({ file }) => file.endsWith('/page.tsx')).length).toBeGreaterThanOrEqual(
      5,
    );
  });

  it.each(exports)('$file exports revalidate from the manifest', ({ file, value }) => {
    const expected = lifetimeOf[basename(file)];
    expect(expected, `${file}: no manifest lifetime for this kind of route`).toBeDefined();
    expect(value).toBe(expected);
  });
});

/** Every `export const revalidate = N` under `dir`, found by walking it. */
function revalidateExports(dir: string): { file: string; value: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(dir, file))
    .flatMap((file) => {
      const match = /export const revalidate = ([^;]+);/.exec(readFileSync(file, 'utf8'));
      return match ? [{ file, value: Number(match[1]) }] : [];
    });
}
