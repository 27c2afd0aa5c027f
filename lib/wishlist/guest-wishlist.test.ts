import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Written {
  value: string;
  options: Record<string, unknown>;
}

const jar = vi.hoisted(() => ({
  read: new Map<string, string>(),
  written: new Map<string, Written>(),
}));
const site = vi.hoisted(() => ({ url: 'https://shop.example' }));

// A request's cookie store exists only inside Next; these tests keep one of their own.
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => {
      const value = jar.read.get(name);
      return value === undefined ? undefined : { name, value };
    },
    set: (name: string, value: string, options: Record<string, unknown>) =>
      jar.written.set(name, { value, options }),
  }),
}));
vi.mock('@/lib/seo/site-url', () => ({ siteUrl: () => site.url }));

const { readGuestWishlist, writeGuestWishlist } = await import('./guest-wishlist');

beforeEach(() => {
  jar.read.clear();
  jar.written.clear();
  site.url = 'https://shop.example';
});

describe('the guest wishlist cookie', () => {
  it('reads the valid ids of whatever the browser sent', async () => {
    jar.read.set('wishlist', 'p000002.nonsense.p000001');
    expect(await readGuestWishlist()).toEqual(['p000002', 'p000001']);
  });

  it('is written readable by scripts, Lax, for the whole site, for a year, Secure over HTTPS', async () => {
    await writeGuestWishlist(['p000002', 'p000001']);
    expect(jar.written.get('wishlist')).toEqual({
      value: 'p000002.p000001',
      options: {
        httpOnly: false,
        secure: true,
        sameSite: 'lax',
        path: '/',
        maxAge: 60 * 60 * 24 * 365,
      },
    });
  });

  it('is not Secure on a plain-HTTP site (local runs), where a browser would drop it', async () => {
    site.url = 'http://localhost:3000';
    await writeGuestWishlist(['p000001']);
    expect(jar.written.get('wishlist')?.options.secure).toBe(false);
  });

  it('is removed when the list is empty', async () => {
    await writeGuestWishlist([]);
    expect(jar.written.get('wishlist')).toMatchObject({ value: '', options: { maxAge: 0 } });
  });
});
