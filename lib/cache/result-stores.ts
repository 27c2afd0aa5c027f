import type { StoredEntry } from './entry-codec';
import { createLocalCopies } from './local-copies';
import type { SharedCache } from './shared-cache';
import { createTagLedger, markFor } from './tag-ledger';

/**
 * Where readThrough() (result-cache.ts) keeps typed clients' answers. With REDIS_URL, in the
 * shared cache beside Next's entries: every instance serves what one of them fetched, and a tag
 * the webhook expires hides it on all of them. Without, in this process's memory within a byte
 * budget and never on disk: Next's own data cache would also write every distinct search into
 * .next/cache/fetch-cache, and nothing ever deletes those files.
 */
export interface ResultStore {
  /** What was stored less than `lifetime` seconds ago and whose tags have not expired since. */
  get(key: string, lifetime: number): Promise<{ value: unknown } | undefined>;
  set(key: string, value: unknown, tags: string[], lifetime: number): Promise<void>;
}

/** Measured as JSON; in the heap an answer takes two to three times that. */
const LOCAL_BYTES = 16 * 1024 * 1024;

const isOlder = (entry: StoredEntry, lifetime: number, now: number) =>
  entry.lastModified + lifetime * 1000 <= now;

export function createLocalResults(maxBytes: number, now: () => number = Date.now) {
  const copies = createLocalCopies(maxBytes);
  const ledger = createTagLedger();
  return {
    async get(key: string, lifetime: number) {
      const entry = copies.get(key);
      if (!entry) return undefined;
      const at = now();
      if (
        isOlder(entry, lifetime, at) ||
        ledger.judge(entry.tags, entry.lastModified, at) !== 'fresh'
      ) {
        copies.delete(key);
        return undefined;
      }
      return { value: entry.value };
    },
    async set(key: string, value: unknown, tags: string[]) {
      copies.set(key, { lastModified: now(), tags, value }, JSON.stringify(value).length);
    },
    /** What the webhook expires, by Next's rule for revalidateTag(tag, { expire: 0 }). */
    expire(tags: string[]) {
      const mark = markFor(now(), { expire: 0 });
      for (const tag of tags) ledger.apply(tag, mark);
    },
  } satisfies ResultStore & { expire(tags: string[]): void };
}

// One per process on globalThis: the pages that read and the webhook that expires are bundled apart.
const SLOT = Symbol.for('storefront.cache.local-results');
type Registry = typeof globalThis & { [SLOT]?: ReturnType<typeof createLocalResults> };

export function processLocalResults(): ResultStore {
  return ((globalThis as Registry)[SLOT] ??= createLocalResults(LOCAL_BYTES));
}

/** The webhook's expiry without a shared cache (with one, its tag marks reach these entries). */
export function expireLocalResults(tags: string[]): void {
  (globalThis as Registry)[SLOT]?.expire(tags);
}

const KIND = 'RESULT';

/**
 * The shared cache's entry of a result. Past its lifetime, the one instance that takes the
 * refresh lease gets it back as it is and fetches anew; the others get it as fresh until that
 * instance has written (shared-cache.ts). Redis keeps it twice its lifetime for that.
 */
export function sharedResults(shared: SharedCache, now: () => number = Date.now): ResultStore {
  return {
    async get(key, lifetime) {
      const entry = await shared.get(key, { kind: KIND });
      if (!entry || isOlder(entry, lifetime, now())) return undefined;
      return { value: (entry.value as { data: unknown }).data };
    },
    async set(key, data, tags, lifetime) {
      const value = { kind: KIND, data };
      const cacheControl = { revalidate: lifetime, expire: 2 * lifetime };
      await shared.set(key, value, { tags, cacheControl });
    },
  };
}
