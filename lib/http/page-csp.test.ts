import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SCRIPT_HASHES_HEADER } from '@/lib/security/script-hashes';
import { applyPageCsp } from './page-csp';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** A real server answering like Next: headers set, then an implicit writeHead at end(). */
async function answer(
  headers: Record<string, string>,
  requestHeaders: Record<string, string> = {},
) {
  let seen: IncomingHttpHeaders = {};
  server = createServer((incoming, outgoing) => {
    applyPageCsp(incoming, outgoing);
    seen = incoming.headers;
    for (const [name, value] of Object.entries(headers)) outgoing.setHeader(name, value);
    outgoing.end('<html></html>');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/en-US`, { headers: requestHeaders });
  return { response, seen };
}

const scriptSrc = (response: Response) =>
  response.headers
    .get('content-security-policy')
    ?.split('; ')
    .find((directive) => directive.startsWith('script-src'));

describe('applyPageCsp', () => {
  it("allows a cached page's inline scripts by their hashes and drops the hashes' header", async () => {
    const { response } = await answer({
      'content-type': 'text/html; charset=utf-8',
      [SCRIPT_HASHES_HEADER]: "'sha256-a' 'sha256-b'",
    });
    expect(scriptSrc(response)).toBe("script-src 'self' 'sha256-a' 'sha256-b'");
    expect(response.headers.get(SCRIPT_HASHES_HEADER)).toBeNull();
  });

  it('gives a rendered page a fresh nonce, in the request for Next and in the policy, whatever the client sent', async () => {
    const forged = "script-src 'nonce-chosenbytheclient'";
    const { response, seen } = await answer(
      { 'content-type': 'text/html; charset=utf-8' },
      { 'content-security-policy': forged },
    );
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc(response) ?? '')?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(seen['content-security-policy']).toBe(`script-src 'nonce-${nonce}'`);
    expect(scriptSrc(response)).not.toContain('unsafe-inline');
  });

  it("keeps a page's own policy already on the response (a forwarded last good copy)", async () => {
    const copys = "default-src 'self'; script-src 'self' 'sha256-a'";
    const { response } = await answer({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': copys,
    });
    expect(response.headers.get('content-security-policy')).toBe(copys);
  });

  it('leaves what is not a page with the general policy', async () => {
    const general = "default-src 'self'; script-src 'self' 'unsafe-inline'";
    const { response } = await answer({
      'content-type': 'application/json',
      'content-security-policy': general,
    });
    expect(response.headers.get('content-security-policy')).toBe(general);
  });
});
