import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { localeOfPath, locales } from '@/lib/i18n/markets';
import { routeLocale } from './locale';

const request = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://shop.test${path}`, { headers });

/** Next's matcher semantics for a single pattern: anchored, path only. */
const matches = (path: string) => new RegExp(`^${config.matcher[0]}$`).test(path);

describe('proxy matcher', () => {
  it('names exactly the supported locales in every pattern', () => {
    for (const pattern of config.matcher) {
      const listed = /\((?:\?:)?([A-Za-z|-]+)\)/.exec(pattern)?.[1]?.split('|');
      expect(listed?.sort(), pattern).toEqual([...locales].sort());
    }
  });

  it('skips cached pages outside experiments, API routes, Next internals and files', () => {
    for (const path of [
      '/en-US/c/women',
      '/de-DE/search',
      '/api/live/p1',
      '/_next/static/a.js',
      '/icon.svg',
    ]) {
      expect(matches(path), path).toBe(false);
    }
  });

  it('runs for paths that need a locale decision', () => {
    for (const path of ['/', '/p/x-p000001', '/en-us', '/en-USA/x', '/xx-XX/c/women'])
      expect(matches(path), path).toBe(true);
  });
});

describe('routeLocale', () => {
  it('lets a locale-prefixed path through untouched', () => {
    expect(localeOfPath('/ja-JP/c/women')).toBe('ja-JP');
    expect(routeLocale(request('/ja-JP/c/women'))).toBeUndefined();
  });

  it('redirects the bare domain by Accept-Language', () => {
    const response = routeLocale(request('/', { 'accept-language': 'fr-CH,fr;q=0.9,en;q=0.5' }));
    expect(response?.status).toBe(307);
    expect(response?.headers.get('location')).toBe('http://shop.test/fr-FR');
  });

  it('prefers the locale cookie over the header, and falls back to en-US', () => {
    const withCookie = routeLocale(
      request('/c/women', { cookie: 'NEXT_LOCALE=ja-JP', 'accept-language': 'de' }),
    );
    expect(withCookie?.headers.get('location')).toBe('http://shop.test/ja-JP/c/women');
    const unknown = routeLocale(request('/', { 'accept-language': 'sw-KE' }));
    expect(unknown?.headers.get('location')).toBe('http://shop.test/en-US');
  });

  it('sends a locale spelled another way to that locale, keeping the rest of the path', () => {
    for (const [path, expected] of [
      ['/de', '/de-DE'],
      ['/DE/c/women', '/de-DE/c/women'],
      ['/ja-jp/search?q=shirt', '/ja-JP/search?q=shirt'],
      ['/fr/', '/fr-FR'],
      ['/en', '/en-US'],
    ] as const) {
      const response = routeLocale(request(path, { 'accept-language': 'ja' }));
      expect(response?.status, path).toBe(308);
      expect(response?.headers.get('location'), path).toBe(`http://shop.test${expected}`);
    }
  });
});
