import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lifecycle, setLifecycle } from './lifecycle';
import { shutDownGracefully } from './drain';

/** A server whose /slow answers after `slowMs`, everything else at once. */
async function listening(slowMs: number): Promise<{ server: Server; url: string }> {
  const server = createServer((incoming, outgoing) => {
    const answer = () => outgoing.end('done');
    if (incoming.url === '/slow') setTimeout(answer, slowMs);
    else answer();
  });
  await new Promise<void>((settle) => server.listen(0, '127.0.0.1', settle));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A GET over its own keep-alive connection, so the connection outlives the response. */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((settle, fail) => {
    request(url, { headers: { connection: 'keep-alive' } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => settle({ status: response.statusCode ?? 0, body }));
    })
      .on('error', fail)
      .end();
  });
}

const waitFor = (condition: () => boolean) => vi.waitFor(() => expect(condition()).toBe(true));

describe('shutDownGracefully', () => {
  let off: (() => void) | undefined;
  afterEach(() => {
    off?.();
    setLifecycle('serving');
  });

  it('lets the request in flight finish, refuses new ones, cleans up and exits 0', async () => {
    const { server, url } = await listening(400);
    const exit = vi.fn();
    const cleanup = vi.fn();
    off = shutDownGracefully(server, { timeoutMs: 5_000, cleanup, exit, log: () => {} });
    // An idle keep-alive connection must not hold the shutdown until its timeout (5 s in Node).
    await get(`${url}/fast`);
    const slow = get(`${url}/slow`);
    await new Promise((settle) => setTimeout(settle, 50));
    const started = Date.now();
    process.emit('SIGTERM');
    expect(lifecycle()).toBe('draining');
    await expect(get(`${url}/fast`)).rejects.toThrow(/ECONNREFUSED/);
    expect(await slow).toEqual({ status: 200, body: 'done' });
    await waitFor(() => exit.mock.calls.length > 0);
    expect(exit).toHaveBeenCalledWith(0);
    expect(cleanup).toHaveBeenCalledOnce();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('exits 1 at the deadline when a request takes longer', async () => {
    const { server, url } = await listening(3_000);
    const exit = vi.fn();
    off = shutDownGracefully(server, { timeoutMs: 300, exit, log: () => {} });
    const slow = get(`${url}/slow`).catch(() => undefined);
    await new Promise((settle) => setTimeout(settle, 50));
    process.emit('SIGINT');
    await waitFor(() => exit.mock.calls.length > 0);
    expect(exit).toHaveBeenCalledWith(1);
    server.closeAllConnections();
    await slow;
  });

  it('says starting until the server listens', async () => {
    const server = createServer();
    off = shutDownGracefully(server, { timeoutMs: 1_000, exit: () => {}, log: () => {} });
    expect(lifecycle()).toBe('starting');
    await new Promise<void>((settle) => server.listen(0, '127.0.0.1', settle));
    expect(lifecycle()).toBe('serving');
    server.close();
  });
});
