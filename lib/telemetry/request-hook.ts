import { subscribe } from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';
import { attachRequestTiming, serverTimingValue, startRequestTiming } from './request-context';

const CHANNEL = 'http.server.request.start';
const INSTALLED = Symbol.for('storefront.request-hook');

export interface ServerTimingOptions {
  /** Also put the timing in the request's context, so typed-client calls add `svc` to it. */
  serviceCalls: boolean;
}

/** The listener for Node's request-start channel: times the request, stamps its response. */
export function serverTimingListener({
  serviceCalls,
}: ServerTimingOptions): (message: unknown) => void {
  return (message) => {
    const { response } = message as { response: ServerResponse };
    const timing = startRequestTiming();
    if (serviceCalls) attachRequestTiming(timing);
    // Every way of sending headers (explicit, first write, end) ends in writeHead.
    const writeHead = response.writeHead;
    response.writeHead = function (
      this: ServerResponse,
      ...args: Parameters<ServerResponse['writeHead']>
    ) {
      if (!this.headersSent) this.appendHeader('Server-Timing', serverTimingValue(timing));
      return writeHead.apply(this, args);
    } as ServerResponse['writeHead'];
  };
}

/**
 * Adds `Server-Timing` to every response of this Node process: pages (rendered or served from
 * the ISR cache), route handlers, server actions, redirects. Next has no hook that runs before a
 * page's headers go out, so this listens where Node announces each incoming request (a
 * diagnostics channel, no module patching) and wraps that one response's writeHead.
 */
export function installServerTiming(options: ServerTimingOptions): void {
  const holder = globalThis as { [INSTALLED]?: true };
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  subscribe(CHANNEL, serverTimingListener(options));
}
