import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardFormPosts } from './action-guard';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** A real server: the guard first, then a handler that reads the whole body as Next would. */
async function post(body: string, headers: Record<string, string>) {
  server = createServer((incoming, outgoing) => {
    if (guardFormPosts(incoming, outgoing)) return;
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      if (outgoing.headersSent) return;
      outgoing.end(`read ${Buffer.concat(chunks).length} bytes`);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/en-US/checkout/contact`, {
    method: 'POST',
    headers: { host: `127.0.0.1:${port}`, ...headers },
    body,
  });
  return { status: response.status, text: await response.text(), port };
}

const action = { 'next-action': '7f00aa', 'content-type': 'text/plain;charset=UTF-8' };

describe('guardFormPosts', () => {
  it('passes a same-origin form post through to the handler, body intact', async () => {
    const body = JSON.stringify([{ step: 'contact' }, '$K1']);
    const { status, text } = await post(body, action);
    expect(status).toBe(200);
    expect(text).toBe(`read ${body.length} bytes`);
  });

  it('refuses a script post whose body is no JSON Next could decode with 400', async () => {
    for (const body of ['not json at all', '  <xml/>', '42']) {
      const { status, text } = await post(body, action);
      expect(status, body).toBe(400);
      expect(text).toMatch(/could not be read/);
    }
    expect((await post(' {"a":1}', action)).status).toBe(200);
  });

  it('refuses a post from another origin with 403', async () => {
    const { status, text } = await post('[]', { ...action, origin: 'https://evil.example' });
    expect(status).toBe(403);
    expect(text).toMatch(/this shop only/);
    expect((await post('[]', { ...action, origin: 'null' })).status).toBe(403);
  });

  it('refuses arguments nested deeper than any form sends with 400, before the handler reads them', async () => {
    const deep = `${'['.repeat(5_000)}"x"${']'.repeat(5_000)}`;
    const { status, text } = await post(deep, action);
    expect(status).toBe(400);
    expect(text).toMatch(/nest too deeply/);
  });

  it('leaves API routes and other methods alone', async () => {
    server = createServer((incoming, outgoing) => {
      outgoing.end(String(guardFormPosts(incoming, outgoing)));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const api = await fetch(`http://127.0.0.1:${port}/api/cart/lines`, {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'multipart/form-data; boundary=x',
      },
      body: '--x--',
    });
    expect(await api.text()).toBe('false');
  });
});
