import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { opsToken } from './ops-token';

const TOKEN = 'ops-token-0123456789abcdef';
const request = (path: string) => new NextRequest(`http://shop.test${path}`);
afterEach(() => vi.unstubAllEnvs());

describe('opsToken', () => {
  it('leaves other paths to the next step', () => {
    expect(opsToken(request('/en-US'))).toBeUndefined();
    expect(opsToken(request('/opsx'))).toBeUndefined();
  });

  it('lets /ops pages through without locale negotiation', () => {
    const response = opsToken(request('/ops/vitals'))!;
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });

  it('trades a right token for an httpOnly cookie and strips it from the URL', () => {
    vi.stubEnv('OPS_TOKEN', TOKEN);
    const response = opsToken(request(`/ops/vitals?token=${TOKEN}&metric=LCP`))!;
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('http://shop.test/ops/vitals?metric=LCP');
    expect(response.headers.get('set-cookie')).toMatch(
      new RegExp(`^ops_token=${TOKEN};.*HttpOnly.*SameSite=strict`, 'i'),
    );
  });

  it('strips a wrong token and sets nothing', () => {
    vi.stubEnv('OPS_TOKEN', TOKEN);
    const response = opsToken(request('/ops/vitals?token=guess'))!;
    expect(response.headers.get('location')).toBe('http://shop.test/ops/vitals');
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});
