import { describe, expect, it } from 'vitest';
import { opsAuthorized } from '../security/ops-access';
import { issueOpsSession } from '../security/ops-session';
import { serveMetrics } from './serve-metrics';

const TOKEN = 'metrics-token-0123456789';
const scrape = { scrape: async () => 'web_vitals_lcp_count 1\n' };
const get = (headers: Record<string, string> = {}) =>
  new Request('http://shop.test/api/metrics', { headers });

describe('serveMetrics', () => {
  it('is open without a configured token', async () => {
    const response = await serveMetrics(get(), scrape, undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(await response.text()).toBe('web_vitals_lcp_count 1\n');
  });

  it('wants the bearer token when one is configured', async () => {
    expect((await serveMetrics(get(), scrape, TOKEN)).status).toBe(401);
    expect(
      (await serveMetrics(get({ authorization: `Bearer ${TOKEN}x` }), scrape, TOKEN)).status,
    ).toBe(401);
    expect(
      (await serveMetrics(get({ authorization: `Basic ${TOKEN}` }), scrape, TOKEN)).status,
    ).toBe(401);
    expect(
      (await serveMetrics(get({ authorization: `Bearer ${TOKEN}` }), scrape, TOKEN)).status,
    ).toBe(200);
  });
});

describe('opsAuthorized', () => {
  it('takes the token as bearer or a signed session as cookie, and nothing when none is configured', async () => {
    const bearer = new Headers({ authorization: `Bearer ${TOKEN}` });
    expect(await opsAuthorized(bearer, undefined, TOKEN)).toBe(true);
    expect(await opsAuthorized(new Headers(), await issueOpsSession(TOKEN), TOKEN)).toBe(true);
    // The raw token is not a session: the cookie never holds it.
    expect(await opsAuthorized(new Headers(), TOKEN, TOKEN)).toBe(false);
    expect(await opsAuthorized(new Headers(), 'nope', TOKEN)).toBe(false);
    expect(await opsAuthorized(new Headers({ authorization: 'Bearer ' }), '', undefined)).toBe(
      false,
    );
  });
});
