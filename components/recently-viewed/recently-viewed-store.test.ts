// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearViewed,
  parseViewed,
  rememberViewed,
  subscribeViewed,
  viewedSnapshot,
  type ViewedProduct,
} from './recently-viewed-store';

const viewed = (id: string): ViewedProduct => ({
  id,
  href: `/en-US/p/${id}`,
  name: `Product ${id}`,
  image: { src: `https://media.example/${id}.webp`, width: 1200, height: 1500 },
});
const ids = (locale: string) => parseViewed(viewedSnapshot(locale)).map((product) => product.id);

beforeEach(() => localStorage.clear());

describe('recently viewed products', () => {
  it('keeps the newest first, once each, at most twelve, per locale', () => {
    for (let n = 1; n <= 14; n++) rememberViewed('en-US', viewed(`p${n}`));
    rememberViewed('en-US', viewed('p5'));
    rememberViewed('de-DE', viewed('p1'));
    expect(ids('en-US')).toHaveLength(12);
    expect(ids('en-US').slice(0, 3)).toEqual(['p5', 'p14', 'p13']);
    expect(ids('de-DE')).toEqual(['p1']);
  });

  it('tells subscribers of changes and forgets everything when cleared', () => {
    let calls = 0;
    const unsubscribe = subscribeViewed(() => calls++);
    rememberViewed('en-US', viewed('p1'));
    clearViewed();
    unsubscribe();
    rememberViewed('en-US', viewed('p2'));
    expect(calls).toBe(2);
    clearViewed();
    expect(ids('en-US')).toEqual([]);
  });

  it('ignores stored data that is not a list of products, and links that leave the site', () => {
    localStorage.setItem('recently-viewed', '{"en-US":[{"id":"x"}, 3]}');
    expect(ids('en-US')).toEqual([]);
    localStorage.setItem('recently-viewed', 'not json');
    expect(ids('en-US')).toEqual([]);
    for (const href of ['https://evil.example/', '//evil.example/', '/\\evil.example/'])
      rememberViewed('en-US', { ...viewed('p1'), href });
    expect(ids('en-US')).toEqual([]);
  });
});
