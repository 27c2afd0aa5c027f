import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * When the incoming GET request being handled arrived, for the read deadline
 * (lib/services/transport/resilient-fetch.ts): every read one page request makes, its metadata,
 * its page and any render Next makes again for the error, shares one deadline, so a page whose
 * backend hangs answers within it. Only GET and HEAD requests carry it (scripts/serve.ts): a form
 * post's reads come after its writes, which the deadline does not bound.
 * One per process on globalThis: the server script sets it, the route bundles read it.
 */
const SLOT = Symbol.for('storefront.request-clock');
type Registry = typeof globalThis & { [SLOT]?: AsyncLocalStorage<number> };

function clock(): AsyncLocalStorage<number> {
  const registry = globalThis as Registry;
  registry[SLOT] ??= new AsyncLocalStorage<number>();
  return registry[SLOT];
}

export function handleTimed<T>(handle: () => T): T {
  return clock().run(performance.now(), handle);
}

export function timedRequestStart(): number | undefined {
  return clock().getStore();
}
