/**
 * The collector without Next: the same collectBeacon() behind a bare node:http server on
 * loopback, so bench:rum can tell the collector's own cost from the storefront server's.
 * Prints its port on stdout; runs until killed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendWebResponse, toWebRequest } from '../../lib/http/node-bridge';
import { collectBeacon } from '../../lib/rum/collect-beacon';
import { createRumRuntime } from '../../lib/rum/runtime';

const rum = createRumRuntime({ ratePerMinute: 30 });

const server = createServer(async (incoming, outgoing) => {
  await sendWebResponse(await collectBeacon(toWebRequest(incoming), rum), outgoing);
});
server.listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port));
