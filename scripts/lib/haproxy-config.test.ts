import { describe, expect, it } from 'vitest';
import { HEALTH_PATH, renderHaproxyConfig } from './haproxy-config';

const config = renderHaproxyConfig({
  port: 3200,
  instancePorts: [3201, 3202, 3203],
  healthPath: HEALTH_PATH,
});
const lines = config.split('\n').map((line) => line.trim());

describe('renderHaproxyConfig', () => {
  it('has one checked server line per instance port, in order, on loopback', () => {
    expect(lines.filter((line) => line.startsWith('server '))).toEqual([
      'server instance-1 127.0.0.1:3201 check',
      'server instance-2 127.0.0.1:3202 check',
      'server instance-3 127.0.0.1:3203 check',
    ]);
  });

  it('listens on the balancer port, round robin, checking the health path', () => {
    expect(lines).toContain('bind 127.0.0.1:3200');
    expect(lines).toContain('balance roundrobin');
    expect(lines).toContain(
      'http-check send meth GET uri /robots.txt ver HTTP/1.1 hdr Host localhost',
    );
    expect(lines).toContain('http-check expect status 200');
    expect(lines).toContain('http-response set-header x-served-by %[srv_name]');
  });

  it('passes the client on and skips a dead instance, retrying only what is safe to retry', () => {
    expect(lines).toContain('option forwardfor');
    expect(lines).toContain('option redispatch 1');
    expect(lines).toContain('retry-on conn-failure empty-response');
    expect(lines).toContain('http-request disable-l7-retry if !METH_GET');
    expect(config).toMatch(/^\s+timeout server \d+s$/m);
  });

  it('renders a cluster of one, and refuses none', () => {
    const one = renderHaproxyConfig({ port: 80, instancePorts: [81], healthPath: '/h' });
    expect(one.match(/^\s+server /gm)).toHaveLength(1);
    expect(() => renderHaproxyConfig({ port: 80, instancePorts: [], healthPath: '/h' })).toThrow(
      'at least one instance',
    );
  });
});
