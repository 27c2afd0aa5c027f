import { createServer } from 'node:net';

/** A loopback port nothing listens on right now (the system's pick). */
export function freePort(): Promise<number> {
  return new Promise((settle, fail) => {
    const server = createServer()
      .once('error', fail)
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => settle(port));
      });
  });
}
