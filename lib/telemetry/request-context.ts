import { context, createContextKey, ROOT_CONTEXT } from '@opentelemetry/api';

/** What one incoming request has spent so far, for its `Server-Timing` header. */
export interface RequestTiming {
  startedAt: number;
  serviceMs: number;
  serviceCalls: number;
}

// Carried in the OpenTelemetry context, which flows with each request once tracing is on:
// one AsyncLocalStorage for both (see register-node.ts for what a context manager costs).
// The key is a global symbol, so the instrumentation and route bundles share it.
const TIMING = createContextKey('storefront.request-timing');

export function startRequestTiming(now: number = performance.now()): RequestTiming {
  return { startedAt: now, serviceMs: 0, serviceCalls: 0 };
}

/**
 * Makes a context holding `timing` the active one for the request whose handling is about to
 * run. `attach` (enterWith), not `with`: the caller, a hook on Node's HTTP server, runs just
 * before the request handler but does not own its callback. Next then adds its spans to it.
 */
export function attachRequestTiming(timing: RequestTiming): void {
  context.attach(ROOT_CONTEXT.setValue(TIMING, timing));
}

/** Adds one typed-client call to the current request; with no request context, a no-op. */
export function recordServiceCall(durationMs: number): void {
  const timing = context.active().getValue(TIMING) as RequestTiming | undefined;
  if (!timing) return;
  timing.serviceMs += durationMs;
  timing.serviceCalls += 1;
}

/** When the current request started (performance.now()), if this runs inside one. */
export function requestStartedAt(): number | undefined {
  return (context.active().getValue(TIMING) as RequestTiming | undefined)?.startedAt;
}

const ms = (value: number) => Math.round(value * 10) / 10;

/**
 * `app` is the time until the headers went out (for a streamed page: until the shell was
 * ready); `svc` sums the typed-client calls made by then, so parallel calls can add up to more
 * than `app`, and a call answered by Next's data cache counts with its ~0 ms.
 */
export function serverTimingValue(timing: RequestTiming, now: number = performance.now()): string {
  const app = `app;dur=${ms(now - timing.startedAt)}`;
  if (timing.serviceCalls === 0) return app;
  return `${app}, svc;dur=${ms(timing.serviceMs)};desc="service calls (${timing.serviceCalls})"`;
}
