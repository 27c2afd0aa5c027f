import type { SharedCache } from './shared-cache';

/**
 * The shared cache of this process, once Next has constructed the Redis cache handler (it does
 * so for every request, the webhook's included). One per process on globalThis: the handler is
 * loaded by Next outside its bundles, the route handlers inside them.
 */
const SLOT = Symbol.for('storefront.cache.shared');
type Registry = typeof globalThis & { [SLOT]?: SharedCache };

export function processSharedCache(): SharedCache | undefined {
  return (globalThis as Registry)[SLOT];
}

export function keepProcessSharedCache(create: () => SharedCache): SharedCache {
  const registry = globalThis as Registry;
  registry[SLOT] ??= create();
  return registry[SLOT];
}

export type ClusterExpiry = 'no-shared-cache' | 'expired' | 'unavailable';

/**
 * Expires `tags` on every instance now, and says whether it could: the webhook answers 503 when
 * Redis did not take it, so the backend retries instead of believing every instance was told.
 */
export async function expireAcrossInstances(tags: string[]): Promise<ClusterExpiry> {
  const shared = processSharedCache();
  if (!shared) return 'no-shared-cache';
  try {
    await shared.revalidateTag(tags, { expire: 0 });
    return 'expired';
  } catch {
    return 'unavailable';
  }
}

/** Next's keys of what carries any of `tags` across the cluster: [] without a shared cache. */
export async function keysTaggedAcrossInstances(tags: string[]): Promise<string[] | undefined> {
  const shared = processSharedCache();
  return shared ? shared.keysTagged(tags) : [];
}
