import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagePaths, purgeCacheTier } from './tier-purge';

const TOKEN = 'tier-purge-token-0123';
const seen: { method?: string; url?: string; token?: string | string[] }[] = [];
let server: Server;
let base: string;

// A loopback stand-in for the tier: answers 200 to a PURGE with the token, 403 otherwise.
beforeAll(async () => {
  server = createServer((incoming, outgoing) => {
    seen.push({
      method: incoming.method,
      url: incoming.url,
      token: incoming.headers['x-purge-token'],
    });
    outgoing.writeHead(incoming.headers['x-purge-token'] === TOKEN ? 200 : 403).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('purgeCacheTier', () => {
  it("finds the page paths among Next's keys, once each", () => {
    const page = (path: string) => `/route-cache/APP_PAGE/72d1870c6e48/$${path}`;
    expect(
      pagePaths([
        page('/en-US/p/a/variants/eyJhbGciOiJIUzI1NiJ9.AA.3_Vhl2wq6MK'),
        page('/en-US/p/a'),
        page('/en-US/p/a'),
        '36ab2d81c5cf264abd29907d8dc61e7aef63b7c1fb0867bda4f23ca03102eae8',
        '/route-cache/APP_ROUTE/72d1870c6e48/$/sitemap.xml',
        page('/x y'),
        page(`/${'a'.repeat(3000)}`),
      ]),
    ).toEqual(['/en-US/p/a/variants/eyJhbGciOiJIUzI1NiJ9.AA.3_Vhl2wq6MK', '/en-US/p/a']);
  });

  it('sends one PURGE per page and tier, with the token', async () => {
    seen.length = 0;
    const tier = { urls: [base, `${base}/`], token: TOKEN };
    expect(await purgeCacheTier(['/en-US/p/a', '/de-DE/c/b'], tier)).toBe('purged');
    expect(seen).toHaveLength(4);
    expect(seen.every(({ method, token }) => method === 'PURGE' && token === TOKEN)).toBe(true);
    expect(seen.map(({ url }) => url).sort()).toEqual([
      '/de-DE/c/b',
      '/de-DE/c/b',
      '/en-US/p/a',
      '/en-US/p/a',
    ]);
  });

  it('says so when the tier refused or did not answer, and does nothing without a tier', async () => {
    expect(await purgeCacheTier(['/en-US'], { urls: [base], token: 'wrong-token-000000' })).toBe(
      'failed',
    );
    expect(await purgeCacheTier(['/en-US'], { urls: ['http://127.0.0.1:1'], token: TOKEN })).toBe(
      'failed',
    );
    expect(await purgeCacheTier(['/en-US'], undefined)).toBe('no-tier');
  });
});
