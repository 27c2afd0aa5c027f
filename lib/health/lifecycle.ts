/**
 * Where this process is in its life, as the probes report it. Kept on globalThis: the production
 * server (scripts/serve.ts) sets it, while the route handlers that read it live in Next's bundles,
 * which are other module instances in the same process.
 */
export type Lifecycle = 'starting' | 'serving' | 'draining';

const SLOT = Symbol.for('storefront.health.lifecycle');
type Registry = typeof globalThis & { [SLOT]?: Lifecycle };

/**
 * Unset means no server of ours manages this process (`next start`): a request reached a route
 * handler, so it serves.
 */
export function lifecycle(): Lifecycle {
  return (globalThis as Registry)[SLOT] ?? 'serving';
}

export function setLifecycle(state: Lifecycle): void {
  (globalThis as Registry)[SLOT] = state;
}
