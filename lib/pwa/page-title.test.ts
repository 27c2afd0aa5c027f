import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-title';

describe('pageTitle', () => {
  it('reads and decodes the title', () => {
    expect(pageTitle('<html><head><title>Tees &amp; Tops | Northwind</title></head></html>')).toBe(
      'Tees & Tops | Northwind',
    );
    expect(pageTitle('<title>&#x201C;wool&#8221; &quot;x&quot;</title>')).toBe(
      '\u201cwool\u201d "x"',
    );
  });

  it('is empty without a title', () => {
    expect(pageTitle('<html><body>no head</body></html>')).toBe('');
  });
});
