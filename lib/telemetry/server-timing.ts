import { subscribe } from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';
import { beginRequestTiming, serverTimingValue } from './request-timing';

const INSTALLED = Symbol.for('storefront.server-timing');

function onRequestStart(message: unknown): void {
  const { response } = message as { response: ServerResponse };
  const timing = beginRequestTiming();
  // Every way of sending headers (explicit, or implied by the first write or end) ends in
  // writeHead, and it is the last moment a header can be added.
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    if (!this.headersSent) this.appendHeader('Server-Timing', serverTimingValue(timing));
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}

/**
 * Adds `Server-Timing` to every response of this Node process: pages (cached or rendered),
 * route handlers and server actions alike. Next has no hook that runs before a page's headers
 * go out, so this listens where Node announces each incoming request (a diagnostics channel,
 * no module patching) and wraps that one response's writeHead.
 */
export function installServerTiming(): void {
  const holder = globalThis as { [INSTALLED]?: true };
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  subscribe('http.server.request.start', onRequestStart);
}
