import { deserialize } from 'flags/next';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucket } from '@/lib/experiments/bucket';
import { experiments } from '@/lib/experiments/definitions';
import { pageFlags } from '@/lib/experiments/flags';
import { OVERRIDE_COOKIE } from '@/lib/experiments/overrides';
import { VISITOR_COOKIE } from '@/lib/experiments/visitor-id';
import { assignExperiments } from './experiments';

const SECRET = 'ZTJlLWZsYWdzLXNlY3JldC0wMTIzNDU2Nzg5YWJjZGU';
const VISITOR = '0b7c3a52-1d2e-4f60-9a8b-7c6d5e4f3a21';
const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';
const request = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://shop.test${path}`, { headers });

/** The variant values the rewritten path's code carries. */
async function rewrittenVariants(response: Response | undefined, page: 'home' | 'product') {
  const target = new URL(response!.headers.get('x-middleware-rewrite')!);
  const code = target.pathname.split('/').at(-1)!;
  return {
    path: target.pathname,
    variants: (await deserialize(pageFlags(page), code, SECRET)) as Record<string, string>,
  };
}

beforeAll(() => {
  process.env.FLAGS_SECRET = SECRET;
});
afterAll(() => {
  delete process.env.FLAGS_SECRET;
});

describe('assignExperiments', () => {
  it('gives a first visit an id cookie and rewrites to the path of its variants', async () => {
    const response = await assignExperiments(request('/en-US'));
    const { path, variants } = await rewrittenVariants(response, 'home');
    expect(path).toMatch(/^\/en-US\/variants\/[\w.-]+$/);
    const cookie = response!.cookies.get(VISITOR_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
    expect(response!.headers.get('cache-control')).toBe('private, no-cache');
    expect(response!.headers.get('vary')).toBeNull();
    const hero = experiments.find((experiment) => experiment.key === 'home-hero')!;
    expect(variants).toEqual({ 'home-hero': bucket(cookie!.value, 'home-hero', hero.variants) });
  });

  it('keeps a returning visitor in the same variant and sets no cookie', async () => {
    const headers = { cookie: `${VISITOR_COOKIE}=${VISITOR}`, 'user-agent': PHONE };
    const first = await assignExperiments(request('/de-DE/p/some-shirt', headers));
    const again = await assignExperiments(request('/de-DE/p/some-shirt', headers));
    expect((await rewrittenVariants(first, 'product')).path).toBe(
      (await rewrittenVariants(again, 'product')).path,
    );
    expect((await rewrittenVariants(first, 'product')).path).toMatch(
      /^\/de-DE\/p\/some-shirt\/variants\//,
    );
    expect(first!.headers.get('set-cookie')).toBeNull();
    // Chosen for this visitor: a cache keyed by URL alone must not keep it.
    expect(first!.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('leaves visitors the targeting excludes out: a desktop browser is not in the phone-only experiment', async () => {
    const response = await assignExperiments(
      request('/en-US/p/some-shirt', {
        cookie: `${VISITOR_COOKIE}=${VISITOR}`,
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64)',
      }),
    );
    expect((await rewrittenVariants(response, 'product')).variants).toEqual({
      'pdp-add-to-cart': 'off',
    });
  });

  it('replaces a tampered id with a new one', async () => {
    const response = await assignExperiments(
      request('/en-US', { cookie: `${VISITOR_COOKIE}=not-a-uuid<script>` }),
    );
    expect(response!.cookies.get(VISITOR_COOKIE)?.value).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('forces a QA override and keeps it in a cookie; malformed and unknown parts are ignored', async () => {
    const forced = await assignExperiments(
      request('/en-US?exp=home-hero:best-sellers,nope:x,home-hero'),
    );
    expect((await rewrittenVariants(forced, 'home')).variants).toEqual({
      'home-hero': 'best-sellers',
    });
    expect(forced!.cookies.get(OVERRIDE_COOKIE)?.value).toBe('home-hero:best-sellers');
    const later = await assignExperiments(
      request('/en-US', { cookie: `${OVERRIDE_COOKIE}=home-hero:brand` }),
    );
    expect((await rewrittenVariants(later, 'home')).variants).toEqual({ 'home-hero': 'brand' });
    const typo = await assignExperiments(
      request('/en-US?exp=home-hero:nope,zzz', { cookie: `${OVERRIDE_COOKIE}=home-hero:brand` }),
    );
    expect((await rewrittenVariants(typo, 'home')).variants).toEqual({ 'home-hero': 'brand' });
    expect(typo!.headers.get('set-cookie') ?? '').not.toContain(OVERRIDE_COOKIE);
    const cleared = await assignExperiments(
      request('/en-US?exp=', { cookie: `${OVERRIDE_COOKIE}=home-hero:brand` }),
    );
    expect(cleared!.headers.get('set-cookie')).toContain(`${OVERRIDE_COOKIE}=;`);
  });

  it('lets crawlers, other pages and a missing secret through, unrewritten and without a cookie', async () => {
    const crawler = await assignExperiments(
      request('/en-US', { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' }),
    );
    expect(crawler!.headers.get('x-middleware-next')).toBe('1');
    expect(crawler!.headers.get('set-cookie')).toBeNull();
    expect(
      await assignExperiments(
        request('/en-US/c/women', { cookie: `${VISITOR_COOKIE}=${VISITOR}` }),
      ),
    ).toBeUndefined();
    delete process.env.FLAGS_SECRET;
    const off = await assignExperiments(request('/en-US'));
    expect(off!.headers.get('x-middleware-next')).toBe('1');
    expect(off!.headers.get('set-cookie')).toBeNull();
    process.env.FLAGS_SECRET = SECRET;
  });

  it('leaves what a cache tier routed already alone: no cookie, no rewrite', async () => {
    expect(await assignExperiments(request('/en-US', { 'x-edge-routed': '1' }))).toBeUndefined();
  });

  it('leaves a page without experiments alone: no cookie, so it stays one document for all', async () => {
    expect(await assignExperiments(request('/en-US/c/women'))).toBeUndefined();
  });

  it("never mints an id for the client router's requests: those get the plain page", async () => {
    // Its tree and segment requests go out together; each would get another id and variant.
    const prefetch = await assignExperiments(request('/en-US/p/some-shirt', { rsc: '1' }));
    expect(prefetch!.headers.get('x-middleware-next')).toBe('1');
    expect(prefetch!.headers.get('set-cookie')).toBeNull();
    expect(await assignExperiments(request('/en-US/c/women', { rsc: '1' }))).toBeUndefined();
    const returning = await assignExperiments(
      request('/en-US/p/some-shirt', { rsc: '1', cookie: `${VISITOR_COOKIE}=${VISITOR}` }),
    );
    expect(returning!.headers.get('x-middleware-rewrite')).toMatch(/\/variants\//);
  });

  it('refuses the internal variant paths from outside', async () => {
    expect((await assignExperiments(request('/en-US/variants/forged')))?.status).toBe(404);
    expect((await assignExperiments(request('/en-US/p/some-shirt/variants/forged')))?.status).toBe(
      404,
    );
  });
});
