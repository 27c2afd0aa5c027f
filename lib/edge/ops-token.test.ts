import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validOpsSession } from '@/lib/security/ops-session';
import { opsToken } from './ops-token';

const TOKEN = 'ops-token-0123456789abcdef';
const request = (path: string) => new NextRequest(`http://shop.test${path}`);
afterEach(() => vi.unstubAllEnvs());

describe('opsToken', () => {
  it('leaves other paths to the next step', async () => {
    expect(await opsToken(request('/en-US'))).toBeUndefined();
    expect(await opsToken(request('/opsx'))).toBeUndefined();
  });

  it('lets /ops pages through without locale negotiation', async () => {
    const response = (await opsToken(request('/ops/vitals')))!;
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });

  it('trades a right token for an httpOnly cookie holding a signed session and strips it from the URL', async () => {
    vi.stubEnv('OPS_TOKEN', TOKEN);
    const response = (await opsToken(request(`/ops/vitals?token=${TOKEN}&metric=LCP`)))!;
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('http://shop.test/ops/vitals?metric=LCP');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ops_token=[^;]+;.*HttpOnly.*SameSite=strict/i);
    expect(cookie).not.toContain(TOKEN);
    const session = decodeURIComponent(/^ops_token=([^;]+)/.exec(cookie)![1]!);
    expect(await validOpsSession(session, TOKEN)).toBe(true);
  });

  it('strips a wrong token and sets nothing', async () => {
    vi.stubEnv('OPS_TOKEN', TOKEN);
    const response = (await opsToken(request('/ops/vitals?token=guess')))!;
    expect(response.headers.get('location')).toBe('http://shop.test/ops/vitals');
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});
