import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { answerOutagesPlainly, outagePageHtml, type RefetchLastGood } from './outage-page';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** A real server that answers like Next's error path: a status, maybe gzip, a scripted body. */
async function answer(
  path: string,
  status: number,
  failing: boolean,
  gzip = false,
  refetch?: RefetchLastGood,
  outageNotice = false,
) {
  server = createServer((incoming, outgoing) => {
    const scope = { startedAt: 0, outage: outageNotice };
    answerOutagesPlainly(incoming, outgoing, { serviceFailing: () => failing, refetch, scope });
    const body = '<html><script>drawTheErrorPage()</script></html>';
    if (gzip) outgoing.setHeader('content-encoding', 'gzip');
    outgoing.writeHead(status, { 'content-type': 'text/html' });
    outgoing.write(gzip ? gzipSync(body) : body);
    outgoing.end();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { response, text: await response.text() };
}

describe('answerOutagesPlainly', () => {
  it('turns a page 500 during a service failure into a 503 page without script', async () => {
    for (const gzip of [false, true]) {
      const { response, text } = await answer('/fr-FR/p/x', 500, true, gzip);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('10');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(text).toContain('<h1>Une erreur est survenue</h1>');
      expect(text).not.toContain('<script');
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });

  it('serves the last good copy when the retry finds one, marked stale-if-error', async () => {
    const copy = async () =>
      new Response('<p>last good</p>', {
        headers: { 'content-type': 'text/html', 'cache-control': 's-maxage=30' },
      });
    const { response, text } = await answer('/en-US/p/x', 500, true, true, copy);
    expect(response.status).toBe(200);
    expect(text).toBe('<p>last good</p>');
    expect(response.headers.get('x-storefront-stale')).toBe('if-error');
    expect(response.headers.get('cache-control')).toBe('s-maxage=30');
    expect(response.headers.get('content-encoding')).toBeNull();
  });

  it('answers the outage page when the retry has no copy, linking to the page itself', async () => {
    const none = async () => new Response('', { status: 503 });
    const { response, text } = await answer('/en-US/p/x?_rsc=abc', 500, true, false, none);
    expect(response.status).toBe(503);
    expect(text).toContain('href="/en-US/p/x"');
  });

  it('answers a page that rendered an outage notice 503 with Retry-After, its body kept', async () => {
    const { response, text } = await answer('/en-US/cart', 200, true, false, undefined, true);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('10');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(text).toContain('drawTheErrorPage');
  });

  it('leaves a 500 with every service well, a success, and API routes as they were', async () => {
    for (const [path, status, failing] of [
      ['/en-US/p/x', 500, false],
      ['/en-US/p/x', 200, true],
      ['/api/live/p1', 500, true],
    ] as const) {
      const { response, text } = await answer(path, status, failing);
      expect(response.status, path).toBe(status);
      expect(text, path).toContain('drawTheErrorPage');
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });
});

describe('outagePageHtml', () => {
  it('escapes the path it links back to', () => {
    const html = outagePageHtml('/en-US/search?q="><img src=x>');
    expect(html).not.toContain('"><img');
    expect(html).toContain('&quot;&gt;&lt;img');
  });
});
