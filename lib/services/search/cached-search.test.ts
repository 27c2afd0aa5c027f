import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchRequest, SearchResults } from './client';

let service: Server;
let cached: typeof import('./cached-search');
/** The search service's side: requests it got, and whether it answers 503 for now. */
const traffic = { requests: 0, failing: false };
const emptyPage = {
  items: [],
  total: 0,
  nextCursor: null,
  facets: { brands: [], colors: [], sizes: [], price: null, inStock: { count: 0 } },
  didYouMean: [],
};

beforeAll(async () => {
  service = createServer((_request, response) => {
    traffic.requests += 1;
    if (traffic.failing) return void response.writeHead(503).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(emptyPage));
  });
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
  // lib/env/server.ts reads the environment once, so it must be set before the client loads.
  process.env.SERVICES_URL = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
  process.env.WEBHOOK_SECRET = 'test-webhook-secret-0123456789';
  process.env.SERVICE_RETRIES = '0';
  cached = await import('./cached-search');
});
afterAll(() => void service.close());

const linen: SearchRequest = { locale: 'en-US', q: 'linen shirt', limit: 24 };

describe('searchCacheKey', () => {
  it('is one key for the text however it is spaced or capitalized', () => {
    const key = cached.searchCacheKey(linen);
    expect(cached.searchCacheKey({ ...linen, q: '  Linen \t SHIRT ' })).toBe(key);
    expect(cached.searchCacheKey({ ...linen, q: 'linen shirts' })).not.toBe(key);
  });

  it('tells apart every other part of the request', () => {
    const variants: SearchRequest[] = [
      linen,
      { ...linen, locale: 'de-DE' },
      { ...linen, sort: 'price_asc' },
      { ...linen, cursor: 'abc' },
      { ...linen, limit: 12 },
      { ...linen, filters: { brand: ['northwind'] } },
      { ...linen, filters: { inStock: true } },
      { ...linen, filters: { priceMax: 10_000 } },
    ];
    expect(new Set(variants.map(cached.searchCacheKey)).size).toBe(variants.length);
  });
});

describe('searchResultTags', () => {
  it('names every product on the page and, once each, their categories', () => {
    const items = [
      { id: 'p000001', categoryId: 'c002' },
      { id: 'p000002', categoryId: 'c002' },
    ];
    expect(cached.searchResultTags({ items } as SearchResults)).toEqual([
      'product:p000001',
      'product:p000002',
      'category:c002',
    ]);
  });
});

describe('cachedSearch', () => {
  it('asks the service again after a failure, then serves the success it kept', async () => {
    const request = { ...linen, q: 'Dress' };
    traffic.failing = true;
    expect((await cached.cachedSearch(request)).ok).toBe(false);
    traffic.failing = false;
    const before = traffic.requests;
    const first = await cached.cachedSearch(request);
    expect(first.ok).toBe(true);
    expect(traffic.requests).toBe(before + 1);
    expect(await cached.cachedSearch({ ...request, q: ' dress ' })).toEqual(first);
    expect(traffic.requests).toBe(before + 1);
  });
});
