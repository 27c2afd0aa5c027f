import { AsyncLocalStorage } from 'node:async_hooks';

/** What one incoming request has spent so far, for its `Server-Timing` header. */
export interface RequestTiming {
  startedAt: number;
  serviceMs: number;
  serviceCalls: number;
}

// On globalThis: instrumentation.ts and the route bundles are separate bundles, each with its
// own copy of this module, and they must share one store.
const KEY = Symbol.for('storefront.request-timing');
type Holder = { [KEY]?: AsyncLocalStorage<RequestTiming> };
const storage = ((globalThis as Holder)[KEY] ??= new AsyncLocalStorage<RequestTiming>());

/**
 * Starts timing the request whose handling is about to run in the current execution context.
 * `enterWith`, not `run`: the caller (an HTTP server hook) does not own the callback that
 * handles the request, it only runs just before it.
 */
export function beginRequestTiming(now: number = performance.now()): RequestTiming {
  const timing = { startedAt: now, serviceMs: 0, serviceCalls: 0 };
  storage.enterWith(timing);
  return timing;
}

/** Adds one typed-client call to the current request; outside a request (build, tests) a no-op. */
export function recordServiceCall(durationMs: number): void {
  const timing = storage.getStore();
  if (!timing) return;
  timing.serviceMs += durationMs;
  timing.serviceCalls += 1;
}

const ms = (value: number) => Math.round(value * 10) / 10;

/**
 * `app` is the time until the headers went out (for a streamed page: until the shell was
 * ready); `svc` sums the typed-client calls made by then, so parallel calls can add up to more
 * than `app`.
 */
export function serverTimingValue(timing: RequestTiming, now: number = performance.now()): string {
  const app = `app;dur=${ms(now - timing.startedAt)}`;
  if (timing.serviceCalls === 0) return app;
  return `${app}, svc;dur=${ms(timing.serviceMs)};desc="service calls (${timing.serviceCalls})"`;
}
