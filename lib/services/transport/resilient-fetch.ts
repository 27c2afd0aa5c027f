import { cache } from 'react';
import { recordServiceCall, requestStartedAt } from '@/lib/telemetry/request-context';
import { breakerFor, type CircuitBreaker } from './circuit-breaker';
import { inClientSpan, markResend } from './client-span';
import { scopedRequestStart } from './request-scope';
import { traceHeaders } from './traceparent';
import { urlTemplateOf } from './url-template';

export interface ResiliencePolicy {
  /** Abort one attempt after this long. */
  timeoutMs: number;
  /** Extra attempts for idempotent reads (GET/HEAD) only; writes are tried once. */
  retries: number;
  /** First backoff step; doubles each retry, with full jitter. */
  backoffMs: number;
  /**
   * What a read may take in all, attempts and backoff together, counted from the start of the
   * request it serves (else of the page render, else of the call): every read of one page render
   * shares it, so a page whose backend hangs answers within about this long. Writes are not
   * bound by it.
   */
  deadlineMs: number;
}

/** Next's extended fetch options; typed here so nothing else needs a cast. */
export interface NextFetchOptions {
  revalidate?: number | false;
  tags?: string[];
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD']);

export class TimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no response within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/** The call was not sent: the service's breaker is open (lib/services/transport/circuit-breaker.ts). */
export class CircuitOpenError extends Error {
  constructor(readonly service: string) {
    super(`${service} is failing; calls are paused`);
    this.name = 'CircuitOpenError';
  }
}

/**
 * With the breaker open, a cacheable read still asks Next's data cache, which answers a hit in
 * well under a millisecond; this is all it may spend if the answer has to come from the service.
 */
const CACHE_LOOKUP_MS = 50;

/**
 * Where no request records its start (`next start` without tracing): when the page render this
 * read belongs to made its first read, React keeping one value per server render. Outside a
 * render (a route handler, a script) it is the call's own start.
 */
const renderStartedAt = cache(() => performance.now());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function attempt(
  request: Request,
  timeoutMs: number,
  next: NextFetchOptions | undefined,
  trace: Record<string, string>,
) {
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(trace)) headers.set(name, value);
  const body = request.body ? await request.clone().arrayBuffer() : undefined;
  try {
    return await fetch(request.url, {
      method: request.method,
      headers,
      body,
      signal: AbortSignal.timeout(timeoutMs),
      // An explicit cache mode (e.g. 'no-store' for live reads) must reach Next's fetch;
      // 'default' means the caller left it to the `next` options.
      ...(request.cache !== 'default' ? { cache: request.cache } : {}),
      ...(next ? { next } : {}),
    } as RequestInit);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError')
      throw new TimeoutError(timeoutMs);
    throw error;
  }
}

/**
 * A fetch for openapi-fetch that adds a per-attempt timeout, trace headers and, for reads
 * only, retries with exponential backoff on network failures and transient statuses, all within
 * the request's deadline. A circuit breaker per service stops calling a service that keeps
 * failing: a read then fails at once (a cacheable one first asks Next's data cache). Each
 * call is one client span and counts towards the request's Server-Timing.
 * Next's cache options ride on the Request object (openapi-fetch copies unknown init keys
 * onto it) and are passed through on every attempt.
 */
export function createResilientFetch(
  policy: ResiliencePolicy,
  service: string,
  breaker: CircuitBreaker = breakerFor(service),
) {
  return async function resilientFetch(request: Request): Promise<Response> {
    const next = (request as Request & { next?: NextFetchOptions }).next;
    const read = IDEMPOTENT.has(request.method);
    const maxAttempts = read ? policy.retries + 1 : 1;
    const deadline = read
      ? (scopedRequestStart() ?? requestStartedAt() ?? renderStartedAt()) + policy.deadlineMs
      : Number.POSITIVE_INFINITY;
    const call = {
      service,
      method: request.method,
      url: new URL(request.url),
      template: urlTemplateOf(request),
    };
    const startedAt = performance.now();
    try {
      return await inClientSpan(call, async (span) => {
        // Made once inside the call's span, which it names as the parent: every attempt sends
        // the same trace context, so the services' log lines of one call share an id even
        // where tracing is off and the context is a fresh root.
        const trace = traceHeaders();
        for (let attemptNo = 1; ; attemptNo++) {
          if (attemptNo > 1) markResend(span, attemptNo - 1);
          // Whole milliseconds: AbortSignal.timeout takes nothing else.
          const left = Math.floor(deadline - performance.now());
          if (left < 1) throw new TimeoutError(policy.deadlineMs);
          if (!breaker.admit()) {
            if (!next || !read) throw new CircuitOpenError(service);
            // A cache lookup, not a call: its outcome says nothing of the service.
            return await attempt(request, Math.min(CACHE_LOOKUP_MS, left), next, trace);
          }
          const last = attemptNo >= maxAttempts;
          try {
            const response = await attempt(request, Math.min(policy.timeoutMs, left), next, trace);
            breaker.record(response.status < 500);
            if (last || !RETRYABLE_STATUS.has(response.status)) return response;
            await response.body?.cancel();
          } catch (error) {
            breaker.record(false);
            if (last) throw error;
          }
          await sleep(Math.min(Math.random() * policy.backoffMs * 2 ** (attemptNo - 1), left));
        }
      });
    } finally {
      recordServiceCall(performance.now() - startedAt);
    }
  };
}
