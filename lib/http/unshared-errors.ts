import type { ServerResponse } from 'node:http';

/**
 * Makes every 5xx answer on `outgoing` say `Cache-Control: no-store`, whatever the route's own
 * header said. A route may declare itself shareable (search pages: `public, s-maxage=60` in
 * next.config.ts), and Next keeps that header on the error page it renders when the route
 * fails: without this, a CDN could serve a backend outage's error page for the whole minute.
 * Done on writeHead, which Node also calls for a response that never called it itself.
 */
export function neverShareErrors(outgoing: ServerResponse): void {
  const writeHead = outgoing.writeHead.bind(outgoing) as (...args: unknown[]) => ServerResponse;
  outgoing.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status >= 500) outgoing.setHeader('Cache-Control', 'no-store');
    return writeHead(status, ...rest);
  }) as ServerResponse['writeHead'];
}
