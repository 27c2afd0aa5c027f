import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the production server (scripts/serve.ts) keeps per incoming GET request for the code that
 * handles it:
 * - when it arrived, for the read deadline (lib/services/transport/resilient-fetch.ts): every
 *   read one page request makes, its metadata, its page and any render Next makes again for the
 *   error, shares one deadline, so a page whose backend hangs answers within it. A form post's
 *   reads come after its writes, which the deadline does not bound, so posts carry no scope.
 * - whether the page rendered is an outage notice ("your cart is unavailable"): Next gives a
 *   page no way to set its status, so the server answers it 503 (lib/http/outage-page.ts).
 * One per process on globalThis: the server script sets it, the route bundles read it. Under
 * plain `next start` there is none: reads count from their render, notices answer 200.
 */
export interface RequestScope {
  readonly startedAt: number;
  outage: boolean;
}

const SLOT = Symbol.for('storefront.request-scope');
type Registry = typeof globalThis & { [SLOT]?: AsyncLocalStorage<RequestScope> };

function storage(): AsyncLocalStorage<RequestScope> {
  const registry = globalThis as Registry;
  registry[SLOT] ??= new AsyncLocalStorage<RequestScope>();
  return registry[SLOT];
}

/**
 * `cacheOnly`: the request may be answered from the page cache but must not read anything (the
 * server's own retry for a last good copy, lib/http/outage-page.ts): its deadline has passed
 * before it starts, so a read fails at once instead of waiting out the outage a second time.
 * The data cache is not asked either: the first try had it, and failed all the same.
 */
export function newRequestScope({ cacheOnly = false } = {}): RequestScope {
  return { startedAt: cacheOnly ? Number.NEGATIVE_INFINITY : performance.now(), outage: false };
}

export function handleInScope<T>(scope: RequestScope, handle: () => T): T {
  return storage().run(scope, handle);
}

export function scopedRequestStart(): number | undefined {
  return storage().getStore()?.startedAt;
}

/** Says the page being rendered tells the shopper a service is down: it is answered 503. */
export function markOutage(): void {
  const scope = storage().getStore();
  if (scope) scope.outage = true;
}
