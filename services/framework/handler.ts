import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody } from './body';
import { DetailedError, HttpError } from './errors';
import { traceIdFrom, type RequestLogger } from './log';
import type { Router, RouteMatch } from './router';
import type { HttpResult, RequestContext } from './types';
import type { RequestCounters } from '../ops/counters';
import type { FaultInjector } from '../ops/faults';

interface HandlerDependencies {
  router: Router;
  counters: RequestCounters;
  faults: FaultInjector;
  log: RequestLogger;
}

const HEALTH_ROUTE = 'GET /__ops/health';

export function createRequestHandler({ router, counters, faults, log }: HandlerDependencies) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const startedAt = performance.now();
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://services.invalid');
    let routeLabel = 'unmatched';
    let result: HttpResult;

    try {
      const match = router.match(method, url.pathname);
      routeLabel = `${match.route.method} ${match.route.template}`;
      counters.count(match.route);
      if (!url.pathname.startsWith('/__ops/')) {
        const mode = await faults.before();
        if (mode === 'down') {
          request.socket.destroy();
          log({
            method,
            route: routeLabel,
            status: 0,
            ms: elapsed(startedAt),
            traceId: traceIdFrom(request.headers.traceparent),
          });
          return;
        }
        if (mode === 'error')
          throw new HttpError(503, 'service_unavailable', 'Simulated outage (fault injection)');
      }
      result = await match.route.handler(contextFor(request, url, match));
    } catch (error) {
      result = errorResult(error);
    }

    send(response, result);
    // The supervisor's health probe answers every few seconds: only a failing one is news.
    if (routeLabel === HEALTH_ROUTE && result.status === 200) return;
    log({
      method,
      route: routeLabel,
      status: result.status,
      ms: elapsed(startedAt),
      traceId: traceIdFrom(request.headers.traceparent),
    });
  };
}

function contextFor(request: IncomingMessage, url: URL, match: RouteMatch): RequestContext {
  return {
    params: match.params,
    query: url.searchParams,
    headers: request.headers,
    readJson: () => readJsonBody(request),
  };
}

function errorResult(error: unknown): HttpResult {
  if (error instanceof HttpError) {
    const details = error instanceof DetailedError ? error.details : {};
    return {
      status: error.status,
      json: { error: { code: error.code, message: error.message, ...details }, ...error.extra },
      headers: error.headers,
    };
  }
  // Unexpected: keep details in the server log, never in the response.
  console.error(error);
  return {
    status: 500,
    json: { error: { code: 'internal_error', message: 'Unexpected server error' } },
  };
}

function send(response: ServerResponse, result: HttpResult): void {
  if (response.headersSent || response.destroyed) return;
  const body = 'bytes' in result ? result.bytes : Buffer.from(JSON.stringify(result.json));
  const contentType =
    'bytes' in result ? {} : { 'content-type': 'application/json; charset=utf-8' };
  response.writeHead(result.status, {
    ...contentType,
    // Every answer is the type it says: JSON, or an image the media service drew.
    'x-content-type-options': 'nosniff',
    ...result.headers,
    'content-length': body.length,
  });
  response.end(body);
}

function elapsed(startedAt: number): number {
  return Math.round((performance.now() - startedAt) * 10) / 10;
}
