import { createTagLedger, type TagLedger } from './tag-ledger';

/**
 * Without the shared cache: the tags the webhook expired in this process, kept apart from Next's
 * own tags manifest. Next's caches (the file-system cache and the `use cache` handlers alike)
 * drop whatever an expired tag touches, pages included, which left nothing to serve when the
 * render after a webhook failed. The webhook marks its tags stale in Next's manifest instead and
 * expired here; the cache handler (lib/cache/cache-handler.ts) then judges entries by this
 * ledger: data is read anew, a page is rendered anew with its last good copy kept.
 * One per process on globalThis: the handler is loaded outside Next's bundles, the webhook inside.
 * Dated by the clock Next's file-system cache dates its entries with (performance's).
 */
const SLOT = Symbol.for('storefront.cache.local-expiries');
type Registry = typeof globalThis & { [SLOT]?: TagLedger };

export const monotonicNow = () => Math.floor(performance.timeOrigin + performance.now());

export function localExpiries(): TagLedger {
  const registry = globalThis as Registry;
  registry[SLOT] ??= createTagLedger();
  return registry[SLOT];
}

export function expireInThisProcess(tags: readonly string[]): void {
  const expired = monotonicNow();
  for (const tag of tags) localExpiries().apply(tag, { stale: expired, expired });
}
