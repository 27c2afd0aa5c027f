import { recordServiceCall } from '@/lib/telemetry/request-context';
import { inClientSpan, markResend } from './client-span';
import { traceHeaders } from './traceparent';
import { urlTemplateOf } from './url-template';

export interface ResiliencePolicy {
  /** Abort one attempt after this long. */
  timeoutMs: number;
  /** Extra attempts for idempotent reads (GET/HEAD) only; writes are tried once. */
  retries: number;
  /** First backoff step; doubles each retry, with full jitter. */
  backoffMs: number;
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function attempt(
  request: Request,
  policy: ResiliencePolicy,
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
      signal: AbortSignal.timeout(policy.timeoutMs),
      // An explicit cache mode (e.g. 'no-store' for live reads) must reach Next's fetch;
      // 'default' means the caller left it to the `next` options.
      ...(request.cache !== 'default' ? { cache: request.cache } : {}),
      ...(next ? { next } : {}),
    } as RequestInit);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError')
      throw new TimeoutError(policy.timeoutMs);
    throw error;
  }
}

/**
 * A fetch for openapi-fetch that adds a per-attempt timeout, trace headers and, for reads
 * only, retries with exponential backoff on network failures and transient statuses. Each
 * call is one client span and counts towards the request's Server-Timing.
 * Next's cache options ride on the Request object (openapi-fetch copies unknown init keys
 * onto it) and are passed through on every attempt.
 */
export function createResilientFetch(policy: ResiliencePolicy, service: string) {
  return async function resilientFetch(request: Request): Promise<Response> {
    const next = (request as Request & { next?: NextFetchOptions }).next;
    const maxAttempts = IDEMPOTENT.has(request.method) ? policy.retries + 1 : 1;
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
          try {
            const response = await attempt(request, policy, next, trace);
            if (attemptNo >= maxAttempts || !RETRYABLE_STATUS.has(response.status)) return response;
            await response.body?.cancel();
          } catch (error) {
            if (attemptNo >= maxAttempts) throw error;
          }
          await sleep(Math.random() * policy.backoffMs * 2 ** (attemptNo - 1));
        }
      });
    } finally {
      recordServiceCall(performance.now() - startedAt);
    }
  };
}
