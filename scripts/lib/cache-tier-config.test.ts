import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EDGE_PATH_HEADER,
  EDGE_ROUTED_HEADER,
  EDGE_VARIANT_PATH,
  PLAIN_CODE,
  VARIANT_CODE_HEADER,
} from '../../lib/experiments/edge-assignment';
import { VISITOR_COOKIE } from '../../lib/experiments/visitor-id';
import { OVERRIDE_COOKIE, OVERRIDE_PARAM } from '../../lib/experiments/overrides';
import { VARIANT_SEGMENT } from '../../lib/experiments/variant-path';
import { locales } from '../../lib/i18n/markets';
import { renderTierBackends } from './cache-tier-config';
import { TIER_VCL } from './cache-tier';
import { findProgram } from './processes';

const vcl = readFileSync(TIER_VCL, 'utf8');

describe('the cache tier configuration', () => {
  it("speaks the storefront's edge protocol by the names the storefront uses", () => {
    for (const name of [
      EDGE_VARIANT_PATH,
      EDGE_PATH_HEADER,
      EDGE_ROUTED_HEADER,
      VARIANT_CODE_HEADER,
    ])
      expect(vcl).toContain(name);
    expect(vcl).toContain(`"${PLAIN_CODE}"`);
    expect(vcl).toContain(`cookie.get("${VISITOR_COOKIE}")`);
    expect(vcl).toContain(`cookie.get("${OVERRIDE_COOKIE}")`);
    expect(vcl).toContain(`[?&]${OVERRIDE_PARAM}=`);
    expect(vcl).toContain(`/${VARIANT_SEGMENT}/`);
  });

  it('knows the pages under experiment in every locale', () => {
    expect(vcl).toContain(`"^/(${locales.join('|')})(/p/[^/?]+)?/?(\\?.*)?$"`);
  });

  it("points the tier at the cluster's balancer, probed on its health path", () => {
    const backends = renderTierBackends({
      host: '127.0.0.1',
      port: 3004,
      healthPath: '/robots.txt',
    });
    expect(backends).toContain('.port = "3004";');
    expect(backends).toContain('.url = "/robots.txt";');
    expect(backends).toContain('sub edge_backend');
  });

  it.skipIf(!findProgram('varnishd'))('compiles with varnishd (skipped without it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tier-vcl-'));
    // Varnish compiles as its own unprivileged user, who must read the folder.
    chmodSync(dir, 0o755);
    writeFileSync(
      join(dir, 'backends.vcl'),
      renderTierBackends({ host: '127.0.0.1', port: 3004, healthPath: '/robots.txt' }),
    );
    const args = ['-C', '-f', TIER_VCL, '-p', `vcl_path=${dir}`, '-n', join(dir, 'work')];
    expect(() => execFileSync(findProgram('varnishd')!, args, { stdio: 'pipe' })).not.toThrow();
  });
});
