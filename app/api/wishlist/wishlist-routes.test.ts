import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '@/lib/services/transport/result';

const jar = vi.hoisted(() => new Map<string, string>());
const service = vi.hoisted(() => ({
  wishlist: vi.fn(),
  addToWishlist: vi.fn(),
  removeFromWishlist: vi.fn(),
}));

// A request's cookie store exists only inside Next; these tests keep one of their own.
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => {
      const value = jar.get(name);
      return value === undefined ? undefined : { name, value };
    },
    set: (name: string, value: string, options: { maxAge?: number }) => {
      if (options.maxAge === 0) jar.delete(name);
      else jar.set(name, value);
    },
  }),
}));
vi.mock('@/lib/seo/site-url', () => ({ siteUrl: () => 'http://shop.test' }));
vi.mock('@/lib/services/customers/client', () => ({ customers: service }));

const list = await import('./route');
const item = await import('./[productId]/route');

const SESSION = 'a'.repeat(43);
const down: Result<never> = {
  ok: false,
  error: { kind: 'timeout', service: 'customers', operation: 'x', message: '', retryable: true },
};
const gone: Result<never> = {
  ok: false,
  error: {
    kind: 'http',
    status: 401,
    service: 'customers',
    operation: 'x',
    message: '',
    retryable: false,
  },
};

function request(method: string, path = '/api/wishlist', headers: Record<string, string> = {}) {
  return new Request(`http://shop.test${path}`, {
    method,
    headers: { host: 'shop.test', ...headers },
  });
}
const context = (productId: string) => ({ params: Promise.resolve({ productId }) });

beforeEach(() => {
  jar.clear();
  vi.resetAllMocks();
});

describe('refusals', () => {
  it.each([
    ['GET', () => list.GET(request('GET', '/api/wishlist', { 'sec-fetch-site': 'cross-site' }))],
    [
      'PUT',
      () =>
        item.PUT(
          request('PUT', '/api/wishlist/p000001', { origin: 'https://evil.test' }),
          context('p000001'),
        ),
    ],
    [
      'DELETE',
      () =>
        item.DELETE(
          request('DELETE', '/api/wishlist/p000001', { origin: 'null' }),
          context('p000001'),
        ),
    ],
  ])('%s from another site is 403, and nothing is read or written', async (_method, call) => {
    jar.set('wishlist', 'p000009');
    const response = await call();
    expect(response.status).toBe(403);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toMatchObject({ error: { code: 'cross_site' } });
    expect(jar.get('wishlist')).toBe('p000009');
  });

  it.each(['p12', 'p0000001', 'P000001', '..%2Fadmin', 'p000001.p000002'])(
    'a malformed product id (%s) is 400',
    async (productId) => {
      const put = await item.PUT(request('PUT', `/api/wishlist/${productId}`), context(productId));
      const remove = await item.DELETE(request('DELETE'), context(productId));
      for (const response of [put, remove]) {
        expect(response.status).toBe(400);
        expect(response.headers.get('cache-control')).toBe('private, no-store');
        expect(await response.json()).toMatchObject({ error: { code: 'invalid_product_id' } });
      }
      expect(jar.has('wishlist')).toBe(false);
    },
  );
});

describe('a guest', () => {
  it('saves to and removes from the cookie, newest first', async () => {
    expect((await item.PUT(request('PUT'), context('p000001'))).status).toBe(204);
    expect((await item.PUT(request('PUT'), context('p000002'))).status).toBe(204);
    expect(jar.get('wishlist')).toBe('p000002.p000001');
    expect((await item.DELETE(request('DELETE'), context('p000002'))).status).toBe(204);
    const response = await list.GET(request('GET'));
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toEqual({ productIds: ['p000001'] });
    expect(service.addToWishlist).not.toHaveBeenCalled();
  });

  it('whose session the service no longer knows uses the cookie', async () => {
    jar.set('session', SESSION);
    jar.set('wishlist', 'p000003');
    service.wishlist.mockResolvedValue(gone);
    expect(await (await list.GET(request('GET'))).json()).toEqual({ productIds: ['p000003'] });
  });
});

describe('a signed-in shopper', () => {
  beforeEach(() => jar.set('session', SESSION));

  it('gets the account list in the service’s order (newest first), not the cookie', async () => {
    jar.set('wishlist', 'p000009');
    service.wishlist.mockResolvedValue({
      ok: true,
      value: {
        items: [
          { productId: 'p000002', addedAt: '2025-03-01T00:00:00Z' },
          { productId: 'p000001', addedAt: '2025-01-01T00:00:00Z' },
        ],
      },
    });
    expect(await (await list.GET(request('GET'))).json()).toEqual({
      productIds: ['p000002', 'p000001'],
    });
    expect(service.wishlist).toHaveBeenCalledWith(SESSION);
  });

  it('is answered 503 when the service is down, and the cookie is left alone', async () => {
    service.wishlist.mockResolvedValue(down);
    service.addToWishlist.mockResolvedValue(down);
    expect((await list.GET(request('GET'))).status).toBe(503);
    expect((await item.PUT(request('PUT'), context('p000001'))).status).toBe(503);
    expect(jar.has('wishlist')).toBe(false);
  });

  it('is told when the product is unknown (404) or the list is full (409)', async () => {
    const refused = (status: number): Result<never> => ({
      ok: false,
      error: {
        kind: 'http',
        status,
        service: 'customers',
        operation: 'x',
        message: '',
        retryable: false,
      },
    });
    service.addToWishlist.mockResolvedValueOnce(refused(404)).mockResolvedValueOnce(refused(409));
    const unknown = await item.PUT(request('PUT'), context('p000001'));
    const full = await item.PUT(request('PUT'), context('p000002'));
    expect([unknown.status, full.status]).toEqual([404, 409]);
    expect(await full.json()).toMatchObject({ error: { code: 'wishlist_full' } });
  });

  it('saves in the account', async () => {
    service.addToWishlist.mockResolvedValue({ ok: true, value: undefined });
    expect((await item.PUT(request('PUT'), context('p000001'))).status).toBe(204);
    expect(service.addToWishlist).toHaveBeenCalledWith(SESSION, 'p000001');
    expect(jar.has('wishlist')).toBe(false);
  });
});
