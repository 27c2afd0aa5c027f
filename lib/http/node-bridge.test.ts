import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendWebResponse, toWebRequest } from './node-bridge';

let server: Server | undefined;
afterEach(() => server?.close());

/** A loopback server that answers every request with `handle`'s Response. */
async function serve(
  handle: (request: Request) => Promise<Response>,
  extraHeaders?: Record<string, string>,
): Promise<string> {
  server = createServer((incoming, outgoing) => {
    void handle(toWebRequest(incoming)).then((response) =>
      sendWebResponse(response, outgoing, extraHeaders),
    );
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('node-bridge', () => {
  it('hands a handler the method, path, query, headers and streamed body', async () => {
    const url = await serve(async (request) =>
      Response.json({
        method: request.method,
        url: request.url,
        accept: request.headers.get('accept'),
        body: await request.text(),
      }),
    );
    const response = await fetch(`${url}/api/rum?x=1`, {
      method: 'POST',
      headers: { accept: 'a, b' },
      body: 'hello',
    });
    expect(await response.json()).toEqual({
      method: 'POST',
      url: 'http://localhost/api/rum?x=1',
      accept: 'a, b',
      body: 'hello',
    });
  });

  it('gives GET requests no body', async () => {
    const url = await serve(async (request) => new Response(String(request.body)));
    expect(await (await fetch(url)).text()).toBe('null');
  });

  it("writes the status and headers, the response's own over the extra ones", async () => {
    const url = await serve(
      async () => new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } }),
      {
        'X-Frame-Options': 'DENY',
        'Cache-Control': 'public',
      },
    );
    const response = await fetch(url, { method: 'POST', body: '' });
    expect(response.status).toBe(204);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps every Set-Cookie header', async () => {
    const url = await serve(async () => {
      const headers = new Headers();
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      return new Response('ok', { headers });
    });
    expect((await fetch(url)).headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it('closes a connection whose request body was left unread, and the next request still gets through', async () => {
    const url = await serve(async (request) => {
      if (request.method === 'GET') return new Response('next');
      await request.body?.cancel();
      return new Response('too large', { status: 413 });
    });
    const refused = await fetch(url, { method: 'POST', body: 'x'.repeat(4 * 1024 * 1024) });
    expect(refused.status).toBe(413);
    expect(refused.headers.get('connection')).toBe('close');
    expect(await (await fetch(url)).text()).toBe('next');
  });
});
