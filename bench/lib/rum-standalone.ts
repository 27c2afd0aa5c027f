/**
 * The collector without Next: the same collectBeacon() behind a bare node:http server on
 * loopback, so bench:rum can tell the collector's own cost from Next's request handling.
 * Prints its port on stdout; runs until killed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { collectBeacon } from '../../lib/rum/collect-beacon';
import { createRumRuntime } from '../../lib/rum/runtime';

const rum = createRumRuntime({ ratePerMinute: 30 });

const server = createServer(async (incoming, outgoing) => {
  const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
    method: incoming.method,
    headers: incoming.headers as Record<string, string>,
    body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit);
  const response = await collectBeacon(request, rum);
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
});
server.listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port));
