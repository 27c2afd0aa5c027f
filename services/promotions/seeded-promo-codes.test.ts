import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { promoCodeBody } from './promo-code';
import { SEEDED_PROMO_CODES } from './seeded-promo-codes';

describe('the seeded promo codes', () => {
  it('are valid admin inputs, so a fresh shop starts with each of them', () => {
    for (const code of SEEDED_PROMO_CODES) expect(promoCodeBody.parse(code)).toEqual(code);
  });

  it('are the ones README lists for shoppers and testers to try', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('starts with these:');
    const table = readme.slice(start, readme.indexOf('\n\n', start + 40));
    const listed = [...table.matchAll(/^\s*\| `([A-Z0-9_-]+)`\s+\|/gm)].map((match) => match[1]);
    expect(new Set(listed)).toEqual(new Set(SEEDED_PROMO_CODES.map(({ code }) => code)));
  });
});
