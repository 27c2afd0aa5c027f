import { describe, expect, it } from 'vitest';
import { ogSafeText, ogTextLocale } from './og-text';

describe('OpenGraph text', () => {
  it('draws Latin-script locales in their own language and others in the default locale', () => {
    expect(ogTextLocale('de-DE')).toBe('de-DE');
    expect(ogTextLocale('fr-FR')).toBe('fr-FR');
    expect(ogTextLocale('ja-JP')).toBe('en-US');
  });

  it('keeps only characters the bundled font has', () => {
    expect(ogSafeText('Größe – “Été” 49,99 €')).toBe('Größe – “Été” 49,99 €');
    expect(ogSafeText('49,99\u202f€')).toBe('49,99 €');
    expect(ogSafeText('モダン Hat 🎩')).toBe('Hat');
  });

  it('shortens long text with an ellipsis', () => {
    const long = ogSafeText('a'.repeat(100), 10);
    expect(long).toBe(`${'a'.repeat(9)}…`);
  });
});
