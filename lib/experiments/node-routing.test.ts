import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deserialize } from 'flags/next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFlags } from './flags';
import { answerEdgeVariant, routeNodeRequest } from './node-routing';

const SECRET = 'ZTJlLWZsYWdzLXNlY3JldC0wMTIzNDU2Nzg5YWJjZGU';
const VISITOR = '0b7c3a52-1d2e-4f60-9a8b-7c6d5e4f3a21';
let server: Server;
let base: string;

// A loopback server that routes like scripts/serve.ts and answers with the URL Next would see.
beforeAll(async () => {
  server = createServer((incoming, outgoing) => {
    if (incoming.url === '/api/edge/variant') void answerEdgeVariant(incoming, outgoing, SECRET);
    else void routeNodeRequest(incoming, outgoing, SECRET).then(() => outgoing.end(incoming.url));
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
    expect(response.headers.get('vary')).toBeNull();
  });

  it("tells Next's client router, for an RSC request, which path the payload was rendered for", async () => {
    const rsc = await get('/en-US?_rsc=abc', { cookie: `vid=${VISITOR}`, rsc: '1' });
    const url = await rsc.text();
    expect(rsc.headers.get('x-nextjs-rewritten-path')).toBe(url.split('?')[0]);
    expect(
      (await get('/en-US', { cookie: `vid=${VISITOR}` })).headers.get('x-nextjs-rewritten-path'),
    ).toBeNull();
  });

  it('keeps a returning visitor on the same page, sets nothing, and keeps the choice private', async () => {
    const [first, again] = [
      await get('/de-DE', { cookie: `vid=${VISITOR}` }),
      await get('/de-DE', { cookie: `other=1; vid=${VISITOR}` }),
    ];
    expect(await first.text()).toBe(await again.text());
    expect(again.headers.getSetCookie()).toEqual([]);
    // Chosen for this visitor: a cache keyed by URL alone must not keep it.
    expect(again.headers.get('cache-control')).toBe('private, no-cache');
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

  it('never sets a cookie on a page without experiments: it stays one document for all', async () => {
    for (const [path, headers] of [
      ['/en-US/c/women', {}],
      ['/en-US/c/women', { 'sec-fetch-dest': 'document' }],
      ['/en-US/search?q=shirt', {}],
      ['/en-US/manifest.webmanifest', {}],
    ] as const) {
      const response = await get(path, headers);
      expect(await response.text()).toBe(path);
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(response.headers.get('cache-control')).toBeNull();
    }
  });

  it("never mints an id for the client router's requests: the plain page, kept private", async () => {
    const prefetch = await get('/en-US?_rsc=abc', { rsc: '1' });
    expect(await prefetch.text()).toBe('/en-US?_rsc=abc');
    expect(prefetch.headers.getSetCookie()).toEqual([]);
    expect(prefetch.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('serves what a cache tier routed as it is: no assignment, no cookie, no private', async () => {
    for (const path of ['/en-US/p/some-shirt/variants/abc', '/en-US', '/en-US/c/women']) {
      const response = await get(path, { 'x-edge-routed': '1' });
      expect(await response.text()).toBe(path);
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(response.headers.get('cache-control')).toBeNull();
    }
  });

  it("answers a cache tier's question with the visitor's variant code, the same the page gets", async () => {
    const page = await get('/en-US/p/some-shirt', { cookie: `vid=${VISITOR}` });
    const code = (await page.text()).split('/').at(-1);
    const asked = await get('/api/edge/variant', {
      cookie: `vid=${VISITOR}`,
      'x-edge-path': '/en-US/p/other-shirt?color=red',
    });
    expect(asked.status).toBe(204);
    expect(asked.headers.get('x-variant-code')).toBe(code);
    expect(asked.headers.getSetCookie()).toEqual([]);
    expect(asked.headers.get('cache-control')).toBe('private, no-store');

    const first = await get('/api/edge/variant', { 'x-edge-path': '/en-US' });
    expect(first.headers.get('x-variant-code')).toMatch(/^[\w.-]+$/);
    expect(first.headers.getSetCookie()).toEqual([expect.stringMatching(/^vid=[0-9a-f-]{36};/)]);
    const crawler = await get('/api/edge/variant', {
      'x-edge-path': '/en-US',
      'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)',
    });
    expect(crawler.headers.get('x-variant-code')).toBe('-');
    expect(crawler.headers.getSetCookie()).toEqual([]);
    const other = await get('/api/edge/variant', { 'x-edge-path': '/en-US/c/women' });
    expect(other.headers.get('x-variant-code')).toBe('-');
    expect((await get('/api/edge/variant', { 'x-edge-path': 'https://evil' })).status).toBe(400);
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
