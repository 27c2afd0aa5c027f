import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/security/rate-limit';
import { bucket } from './bucket';
import { collectExposure, type Exposure } from './collect-exposure';
import { experiments } from './definitions';
import { OVERRIDE_COOKIE } from './overrides';
import { VISITOR_COOKIE } from './visitor-id';

const VISITOR = '0b7c3a52-1d2e-4f60-9a8b-7c6d5e4f3a21';
const hero = experiments.find((experiment) => experiment.key === 'home-hero')!;
const assigned = bucket(VISITOR, hero.key, hero.variants);
const other = Object.keys(hero.variants).find((variant) => variant !== assigned)!;
const NOW = new Date('2026-11-21T12:00:00Z');

function collector() {
  const recorded: Exposure[] = [];
  return {
    recorded,
    limiter: createRateLimiter({ perMinute: 30, burst: 60 }),
    record: (exposure: Exposure) => recorded.push(exposure),
  };
}

function post(body: unknown, headers: Record<string, string> = {}) {
  return new NextRequest('http://shop.test/api/events', {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      cookie: `${VISITOR_COOKIE}=${VISITOR}`,
      'x-forwarded-for': '192.0.2.1',
      ...headers,
    },
  });
}

const exposure = (variant: string, extra: Record<string, unknown> = {}) => ({
  type: 'exposure',
  experiment: 'home-hero',
  variant,
  locale: 'en-US',
  ...extra,
});

describe('collectExposure', () => {
  it("records the visitor's own variant once verified", async () => {
    const sink = collector();
    expect((await collectExposure(post(exposure(assigned)), sink, NOW)).status).toBe(204);
    expect(sink.recorded).toEqual([
      { visitorId: VISITOR, experiment: 'home-hero', variant: assigned },
    ]);
  });

  it('refuses forged and malformed events with a 4xx and records nothing', async () => {
    const sink = collector();
    const cases: [string, ReturnType<typeof post>, number][] = [
      ['another variant than assigned', post(exposure(other)), 409],
      ['an unknown experiment', post({ ...exposure(assigned), experiment: 'nope' }), 400],
      ['an unknown variant', post(exposure('purple')), 400],
      ['an unknown field', post(exposure(assigned, { revenue: 1e9 })), 400],
      ['an unknown locale', post(exposure(assigned, { locale: 'xx-XX' })), 400],
      ['malformed JSON', post('{"type":'), 400],
      [
        'a form post',
        post(exposure(assigned), { 'content-type': 'application/x-www-form-urlencoded' }),
        415,
      ],
      ['a large body', post({ ...exposure(assigned), padding: 'x'.repeat(4096) }), 413],
      ['a cross-site post', post(exposure(assigned), { 'sec-fetch-site': 'cross-site' }), 403],
    ];
    for (const [name, request, status] of cases)
      expect((await collectExposure(request, sink, NOW)).status, name).toBe(status);
    expect(sink.recorded).toEqual([]);
  });

  it('answers 204 without counting: QA overrides, a missing or tampered id, crawlers', async () => {
    const sink = collector();
    const ignored = [
      post(exposure(assigned), {
        cookie: `${VISITOR_COOKIE}=${VISITOR}; ${OVERRIDE_COOKIE}=home-hero:${assigned}`,
      }),
      post(exposure(assigned), { cookie: '' }),
      post(exposure(assigned), { cookie: `${VISITOR_COOKIE}=forged` }),
      post(exposure(assigned), { 'user-agent': 'Googlebot/2.1' }),
    ];
    for (const request of ignored)
      expect((await collectExposure(request, sink, NOW)).status).toBe(204);
    expect(sink.recorded).toEqual([]);
  });

  it('cuts a flood from one client off with 429', async () => {
    const sink = collector();
    const statuses = [];
    for (let i = 0; i < 70; i++)
      statuses.push((await collectExposure(post(exposure(assigned)), sink, NOW)).status);
    expect(statuses.slice(0, 60).every((status) => status === 204)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
