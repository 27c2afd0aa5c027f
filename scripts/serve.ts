/**
 * The production server that `npm start` runs: Next's own request handler, with two things done
 * ahead of it because Next's machinery would cost more than the work (BENCHMARKS.md):
 * - `POST /api/rum` arrives from every page view and needs none of Next's routing: answered
 *   here with the same collectBeacon() the route handler calls and the same per-process runtime
 *   on globalThis. `/api/rum`'s other methods are Next's.
 * - Pages under experiment are routed to their variant page here (lib/experiments/node-routing.ts,
 *   the same decision as the proxy's step), so Next never runs the proxy for them.
 * - `GET /api/edge/variant`, a cache tier's question "which variant for this visitor"
 *   (lib/experiments/edge-assignment.ts), asked on every first visit through the tier.
 * Every 5xx it sends says no-store (lib/http/unshared-errors.ts), whatever the route declared.
 * A page's CSP allows exactly its inline scripts, by hash or nonce (lib/http/page-csp.ts).
 * A cached page's string body goes out as bytes encoded once (lib/http/bytes-body.ts).
 * A page that cannot render in a backend outage is its last good copy when it had one, else a 503
 * with Retry-After and a page readable without JavaScript; one that rendered an outage notice
 * (the cart unavailable) is a 503 too (lib/http/outage-page.ts). A GET's service reads share one
 * deadline (lib/services/transport/request-scope.ts).
 * Form posts Next would answer with a 500 (cross-origin, nested past reason) are answered 403 and
 * 400 first (lib/http/action-guard.ts).
 * SIGTERM drains it (lib/health/drain.ts): readiness 503, requests in flight finish, exit 0.
 * Usage: NODE_ENV=production tsx scripts/serve.ts --port 3000 --hostname 127.0.0.1
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { serverEnv } from '../lib/env/server';
import { shutDownGracefully } from '../lib/health/drain';
import { guardFormPosts } from '../lib/http/action-guard';
import { endWithBytes } from '../lib/http/bytes-body';
import { refetchFromSelf } from '../lib/http/last-good-copy-fetch';
import { answerOutagesPlainly, FALLBACK_HEADER } from '../lib/http/outage-page';
import { sendWebResponse, toWebRequest } from '../lib/http/node-bridge';
import { applyPageCsp } from '../lib/http/page-csp';
import { neverShareErrors } from '../lib/http/unshared-errors';
import { EDGE_VARIANT_PATH } from '../lib/experiments/edge-assignment';
import { answerEdgeVariant, routeNodeRequest } from '../lib/experiments/node-routing';
import { closeSharedRedis } from '../lib/redis/connection';
import { collectBeacon } from '../lib/rum/collect-beacon';
import { anyServiceFailing } from '../lib/services/transport/circuit-breaker';
import { handleInScope, newRequestScope } from '../lib/services/transport/request-scope';
import { rumRuntime } from '../lib/rum/runtime';
import { securityHeaders } from '../lib/security/headers';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3000' },
    hostname: { type: 'string', default: '127.0.0.1' },
  },
});
const port = Number(values.port);
const hostname = values.hostname;

// What next.config.ts's headers() puts on every response, for the responses Next never sees.
const HEADERS = Object.fromEntries(securityHeaders(false).map(({ key, value }) => [key, value]));

async function serveBeacon(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const request = toWebRequest(incoming);
  // As `next start` does: the rate limit keys on the first hop, the socket when there is none.
  if (!request.headers.has('x-forwarded-for') && incoming.socket.remoteAddress) {
    request.headers.set('x-forwarded-for', incoming.socket.remoteAddress);
  }
  await sendWebResponse(await collectBeacon(request, rumRuntime()), outgoing, HEADERS);
}

const isBeacon = (incoming: IncomingMessage) =>
  incoming.method === 'POST' &&
  (incoming.url === '/api/rum' || incoming.url?.startsWith('/api/rum?') === true);

// No hostname for Next itself: it would build request URLs on it, while NextURL spells 127.0.0.1
// as "localhost", and a proxy rewrite to what then looks like another origin is fetched as an
// external URL instead of being routed. Without one, both say localhost; we listen on `hostname`.
const app = next({ dev: false, port });
await app.prepare();
const handle = app.getRequestHandler();

const isEdgeVariant = (incoming: IncomingMessage) =>
  incoming.method === 'GET' && incoming.url === EDGE_VARIANT_PATH;

const refetchLastGood = refetchFromSelf(port);

/** A GET's scope: one read deadline, and whether it rendered an outage notice. */
const scopeOf = (incoming: IncomingMessage) =>
  incoming.method === 'GET' || incoming.method === 'HEAD'
    ? newRequestScope({ cacheOnly: incoming.headers[FALLBACK_HEADER] !== undefined })
    : undefined;

const server = createServer((incoming, outgoing) => {
  const scope = scopeOf(incoming);
  neverShareErrors(outgoing);
  applyPageCsp(incoming, outgoing);
  endWithBytes(outgoing);
  answerOutagesPlainly(incoming, outgoing, {
    serviceFailing: anyServiceFailing,
    refetch: refetchLastGood,
    scope,
  });
  if (guardFormPosts(incoming, outgoing)) return;
  const secret = process.env.FLAGS_SECRET;
  const served = isBeacon(incoming)
    ? serveBeacon(incoming, outgoing)
    : isEdgeVariant(incoming)
      ? answerEdgeVariant(incoming, outgoing, secret)
      : routeNodeRequest(incoming, outgoing, secret).then(() =>
          scope
            ? handleInScope(scope, () => handle(incoming, outgoing))
            : handle(incoming, outgoing),
        );
  served.catch((error: unknown) => {
    console.error(error);
    if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'text/plain' });
    outgoing.end('Internal Server Error');
  });
});
shutDownGracefully(server, {
  timeoutMs: serverEnv().SHUTDOWN_TIMEOUT_MS,
  cleanup: closeSharedRedis,
});
server.listen(port, hostname, () => console.log(`Storefront on http://${hostname}:${port}`));
