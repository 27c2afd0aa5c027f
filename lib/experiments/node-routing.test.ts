import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deserialize } from 'flags/next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFlags } from './flags';
import { routeNodeRequest } from './node-routing';

const SECRET = 'ZTJlLWZsYWdzLXNlY3JldC0wMTIzNDU2Nzg5YWJjZGU';
const VISITOR = '0b7c3a52-1d2e-4f60-9a8b-7c6d5e4f3a21';
let server: Server;
let base: string;

// A loopback server that routes like scripts/serve.ts and answers with the URL Next would see.
beforeAll(async () => {
  server = createServer((incoming, outgoing) => {
    void routeNodeRequest(incoming, outgoing, SECRET).then(() => outgoing.end(incoming.url));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${base}${path}`, { method, headers });

describe('routeNodeRequest', () => {
  it('rewrites a first visit to its variant page, with the id cookie on a private response', async () => {
    const response = await get('/en-US/p/some-shirt?size=M');
    const url = await response.text();
    expect(url).toMatch(/^\/en-US\/p\/some-shirt\/variants\/[\w.-]+\?size=M$/);
    const code = url.split('/').at(-1)!.split('?')[0]!;
    expect(await deserialize(pageFlags('product'), code, SECRET)).toEqual({
      'pdp-add-to-cart': 'off',
    }); // not a phone
    expect(response.headers.getSetCookie()).toEqual([
      expect.stringMatching(
        /^vid=[0-9a-f-]{36}; Path=\/; Max-Age=31536000; HttpOnly; SameSite=lax$/i,
      ),
    ]);
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(response.headers.get('vary')).toBe('Cookie, User-Agent');
  });

  it("tells Next's client router, for an RSC request, which path the payload was rendered for", async () => {
    const rsc = await get('/en-US?_rsc=abc', { cookie: `vid=${VISITOR}`, rsc: '1' });
    const url = await rsc.text();
    expect(rsc.headers.get('x-nextjs-rewritten-path')).toBe(url.split('?')[0]);
    expect(
      (await get('/en-US', { cookie: `vid=${VISITOR}` })).headers.get('x-nextjs-rewritten-path'),
    ).toBeNull();
  });

  it('keeps a returning visitor on the same page and sets nothing', async () => {
    const [first, again] = [
      await get('/de-DE', { cookie: `vid=${VISITOR}` }),
      await get('/de-DE', { cookie: `other=1; vid=${VISITOR}` }),
    ];
    expect(await first.text()).toBe(await again.text());
    expect(again.headers.getSetCookie()).toEqual([]);
    expect(again.headers.get('cache-control')).toBeNull();
  });

  it('keeps and clears a QA override in its cookie', async () => {
    const forced = await get('/en-US?exp=home-hero:best-sellers', { cookie: `vid=${VISITOR}` });
    expect(forced.headers.getSetCookie()).toEqual([
      expect.stringMatching(/^exp_override=home-hero%3Abest-sellers; Path=\/; HttpOnly/i),
    ]);
    const cleared = await get('/en-US?exp=', {
      cookie: `vid=${VISITOR}; exp_override=home-hero:best-sellers`,
    });
    expect(cleared.headers.getSetCookie()).toEqual([
      expect.stringMatching(/^exp_override=; Path=\/; Expires=Thu, 01 Jan 1970/i),
    ]);
  });

  it("gives a new visitor's first page its id, and never a router request", async () => {
    const category = await get('/en-US/c/women');
    expect(await category.text()).toBe('/en-US/c/women');
    expect(category.headers.getSetCookie()).toEqual([expect.stringMatching(/^vid=[0-9a-f-]{36};/)]);
    expect(category.headers.get('cache-control')).toBe('private, no-cache');
    const prefetch = await get('/en-US?_rsc=abc', { rsc: '1' });
    expect(await prefetch.text()).toBe('/en-US?_rsc=abc');
    expect(prefetch.headers.getSetCookie()).toEqual([]);
  });

  it('gives no id with files or what a page fetches: they stay shared and cacheable', async () => {
    for (const [path, headers] of [
      ['/en-US/manifest.webmanifest', {}],
      ['/en-US/opengraph-image', { 'sec-fetch-dest': 'image' }],
      ['/en-US/c/women', { 'sec-fetch-dest': 'empty' }],
    ] as const) {
      const response = await get(path, headers);
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(response.headers.get('cache-control')).toBeNull();
    }
    expect(
      (await get('/en-US/c/women', { 'sec-fetch-dest': 'document' })).headers.getSetCookie(),
    ).toHaveLength(1);
  });

  it('leaves crawlers, other pages and other methods as they came', async () => {
    const crawler = await get('/en-US', {
      'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)',
    });
    expect(await crawler.text()).toBe('/en-US');
    expect(crawler.headers.getSetCookie()).toEqual([]);
    expect(await (await get('/en-US/c/women', { cookie: `vid=${VISITOR}` })).text()).toBe(
      '/en-US/c/women',
    );
    expect(await (await get('/api/live/p1')).text()).toBe('/api/live/p1');
    expect(await (await get('/en-US', {}, 'POST')).text()).toBe('/en-US');
  });

  it('sends internal variant paths requested from outside to the not-found page', async () => {
    expect(await (await get('/en-US/variants/forged')).text()).toBe('/en-US/variants');
    expect(await (await get('/ja-JP/p/some-shirt/variants/forged')).text()).toBe('/ja-JP/variants');
    // Elsewhere "variants" is just a slug.
    expect(await (await get('/en-US/c/variants')).text()).toBe('/en-US/c/variants');
  });
});
