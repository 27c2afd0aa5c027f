import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { neverShareErrors } from './unshared-errors';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** A real server whose handler declares the answer shareable, as next.config.ts does for search. */
async function answer(status: number, explicitHead: boolean) {
  server = createServer((_incoming, outgoing) => {
    neverShareErrors(outgoing);
    outgoing.setHeader('Cache-Control', 'public, s-maxage=60');
    if (explicitHead) outgoing.writeHead(status, { 'content-type': 'text/plain' });
    else outgoing.statusCode = status;
    outgoing.end('body');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return fetch(`http://127.0.0.1:${port}/`);
}

describe('neverShareErrors', () => {
  it('turns a shareable 5xx into no-store, whether writeHead is called or implied', async () => {
    for (const explicitHead of [true, false]) {
      const response = await answer(500, explicitHead);
      expect(response.status).toBe(500);
      expect(response.headers.get('cache-control')).toBe('no-store');
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });

  it('leaves a success and a client error as the route said', async () => {
    for (const status of [200, 404]) {
      const response = await answer(status, false);
      expect(response.headers.get('cache-control')).toBe('public, s-maxage=60');
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });
});
