import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { endWithBytes } from './bytes-body';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** A real server that ends its response the way `respond` says, through endWithBytes. */
async function fetchFrom(respond: (outgoing: ServerResponse) => void) {
  const ended: unknown[] = [];
  server = createServer((_incoming, outgoing) => {
    const end = outgoing.end.bind(outgoing);
    outgoing.end = ((...args: Parameters<typeof end>) => {
      ended.push(args[0]);
      return end(...args);
    }) as typeof outgoing.end;
    endWithBytes(outgoing);
    respond(outgoing);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/`);
  return { response, body: await response.text(), ended };
}

// Two-byte text, as a page with the locale menu's 日本 is, and longer than the threshold.
const page = `<p>日本 … ${'x'.repeat(70_000)}</p>`;

describe('endWithBytes', () => {
  it('sends a long string body as its UTF-8 bytes, with the length Next declared', async () => {
    const { response, body, ended } = await fetchFrom((outgoing) => {
      outgoing.setHeader('Content-Length', Buffer.byteLength(page));
      outgoing.end(page);
    });
    expect(response.status).toBe(200);
    expect(body).toBe(page);
    expect(Buffer.isBuffer(ended[0])).toBe(true);
  });

  it('keeps an explicit encoding and the callback', async () => {
    let called = false;
    const latin = 'é'.repeat(20_000);
    const { body } = await fetchFrom((outgoing) => {
      outgoing.end(latin, 'utf8', () => (called = true));
    });
    expect(body).toBe(latin);
    expect(called).toBe(true);
  });

  it('leaves a short body and an empty end as they were', async () => {
    const short = await fetchFrom((outgoing) => outgoing.end('ok'));
    expect(short.body).toBe('ok');
    expect(short.ended[0]).toBe('ok');
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const empty = await fetchFrom((outgoing) => {
      outgoing.write('streamed');
      outgoing.end();
    });
    expect(empty.body).toBe('streamed');
  });
});
