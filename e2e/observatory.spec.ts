import { expect, test } from '@playwright/test';
import { scanWithObservatory } from './support/observatory';
import { freePort } from './support/free-port';
import { startStorefrontServer } from './support/storefront-server';
import { startTlsTerminator } from './support/tls-terminator';

/**
 * The MDN HTTP Observatory grades the storefront as its website would grade a deployment: over
 * HTTPS (a local TLS terminator in front, as a CDN or ingress would be), from the bare domain,
 * following its locale redirect. The server graded is configured as such a deployment is, with
 * its public https address as SITE_URL (which makes its cookies Secure). A or better keeps the
 * CSP strict (no 'unsafe-inline' for scripts), the cookies Secure and HttpOnly, HSTS and the rest.
 */
test('the MDN HTTP Observatory grades the storefront A or better over HTTPS', async () => {
  test.setTimeout(420_000); // the first run installs the scanner (.data/tools)
  const port = await freePort();
  const server = await startStorefrontServer({ env: { SITE_URL: `https://localhost:${port}` } });
  const terminator = await startTlsTerminator({ upstream: server.url, port });
  try {
    const scan = await scanWithObservatory('localhost', terminator.port, {
      caCertPath: terminator.certPath,
      timeoutMs: 20_000,
    });
    const failed = Object.entries(scan.tests)
      .filter(([, result]) => !result.pass)
      .map(([name, result]) => `${name}: ${result.result} (${result.scoreModifier})`);
    expect(failed, `grade ${scan.grade}, score ${scan.score}`).toEqual([]);
    expect(['A+', 'A']).toContain(scan.grade);
    expect(scan.tests['content-security-policy']?.result).not.toBe(
      'csp-implemented-with-unsafe-inline',
    );
  } finally {
    await terminator.stop();
    await server.stop();
  }
});
