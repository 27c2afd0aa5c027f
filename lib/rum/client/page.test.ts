import { describe, expect, it } from 'vitest';
import { pageLabels } from './page';

describe('pageLabels', () => {
  it('labels a product page with its template, locale and market', () => {
    expect(pageLabels('/de-DE/p/linen-shirt-p000123', 'en-US')).toEqual({
      route: '/[locale]/p/[slug]',
      locale: 'de-DE',
      market: 'DE',
    });
  });

  it('falls back to the layout locale when the path has none', () => {
    expect(pageLabels('/', 'ja-JP')).toEqual({
      route: '/[locale]/[...rest]',
      locale: 'ja-JP',
      market: 'JP',
    });
  });
});
