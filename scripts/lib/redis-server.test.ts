import { once } from 'node:events';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { probeRedis } from './redis-server';

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** A loopback server answering every connection's first bytes with `reply`; its port. */
async function answering(reply: string): Promise<number> {
  const server = createServer((socket) => socket.once('data', () => socket.end(reply)));
  servers.push(server.listen(0, '127.0.0.1'));
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

describe('probeRedis', () => {
  it('knows a Redis by its reply to PING, an authentication error included', async () => {
    expect(await probeRedis(await answering('+PONG\r\n'))).toBe('redis');
    expect(await probeRedis(await answering('-NOAUTH Authentication required.\r\n'))).toBe('redis');
  });

  it('tells a port held by something else from a free one', async () => {
    expect(await probeRedis(await answering('HTTP/1.1 400 Bad Request\r\n\r\n'))).toBe('other');
    const port = await answering('');
    servers.pop()!.close();
    expect(await probeRedis(port)).toBe('free');
  });
});
