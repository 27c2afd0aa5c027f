import { createHash, randomUUID } from 'node:crypto';
import type { RedisConnection } from '@/lib/redis/connection';
import { eventMessage, listenForCacheEvents } from './cache-events';
import { decodeEntry, encodeEntry, type StoredEntry } from './entry-codec';
import {
  isResponseKind,
  isTimeStale,
  revalidateOf,
  tagsOf,
  ttlSeconds,
  type ReadContext,
} from './entry-lifetime';
import { pastExpiry } from './last-good-copy';
import { createLocalCopies } from './local-copies';
import { createRegenerationLeases } from './regeneration-lease';
import { createTagLedger, markFor } from './tag-ledger';

/**
 * The cache every instance of one build shares (the cacheHandler of lib/cache/
 * cache-handler.ts is a thin adapter over it). Per entry it decides, in this order:
 * local copy, else Redis, else the build's prerendered seed; then whether the tags let it be
 * served; then, when it is stale or missing, whether this instance is the one to render it
 * (the regeneration lease). Redis being down or slow only ever turns a shared answer into this
 * instance's own: local copies, local renders.
 */
export interface SharedCacheOptions {
  connection: RedisConnection;
  /** Prefix of every key: one per build, so two builds never read each other's entries. */
  namespace: string;
  leaseMs: number;
  /** How long a request for a page nobody has rendered yet waits for the lease holder's. */
  missWaitMs: number;
  localBytes: number;
  /** Lifetime of entries stored without one (a build seed), in seconds. */
  defaultRevalidate: number;
  /** How long Redis keeps entries with no `expire` of their own, in seconds. */
  fallbackTtl: number;
  log?: (line: string) => void;
  now?: () => number;
}

export interface WriteContext {
  tags?: string[];
  cacheControl?: { revalidate: number | false; expire: number | undefined };
}

type Remote = { state: 'found'; entry: StoredEntry } | { state: 'missing' | 'unavailable' };

const LISTED_FROM_S = 15 * 60;

export function createSharedCache(options: SharedCacheOptions) {
  const { connection, namespace, log = console.warn, now = Date.now } = options;
  const me = randomUUID();
  const hash = (key: string) => createHash('sha256').update(key).digest('base64url');
  const keys = {
    entry: (key: string) => `${namespace}:entry:${hash(key)}`,
    lease: (key: string) => `${namespace}:lease:${hash(key)}`,
    tag: (tag: string) => `${namespace}:tag:${tag}`,
    marks: `${namespace}:tag-marks`,
    marksVersion: `${namespace}:tag-marks-version`,
    channel: `${namespace}:events`,
  };
  const ledger = createTagLedger();
  const local = createLocalCopies(options.localBytes);
  const leases = createRegenerationLeases(connection, keys.lease, options.leaseMs);
  const events = listenForCacheEvents(connection, keys, ledger, (key, by) => {
    if (by !== me) local.delete(key);
  });

  async function readRemote(key: string): Promise<Remote> {
    const text = await connection.attempt((redis) => redis.get(keys.entry(key)));
    if (text === undefined) return { state: 'unavailable' };
    if (text === null) return { state: 'missing' };
    const decoded = decodeEntry(text);
    if (decoded.ok) {
      local.set(key, decoded.entry, text.length);
      return { state: 'found', entry: decoded.entry };
    }
    log(`[cache] ignored the entry stored for ${key}: ${decoded.reason}`);
    await connection.attempt((redis) => redis.del(keys.entry(key)));
    return { state: 'missing' };
  }

  async function write(key: string, entry: StoredEntry): Promise<void> {
    const text = encodeEntry(entry);
    local.set(key, entry, text.length);
    const ttl = ttlSeconds(entry, options.fallbackTtl);
    // A tag's key list finds what to delete and which pages to purge when the tag expires. An
    // entry Redis drops within minutes anyway (a search result) stays off the lists, the tag
    // marks hiding it meanwhile: every new query's key would otherwise grow them for as long as
    // writes keep them alive.
    const listed = ttl >= LISTED_FROM_S ? entry.tags : [];
    await connection.attempt((redis) => {
      const batch = redis
        .multi()
        .set(keys.entry(key), text, { expiration: { type: 'EX', value: ttl } });
      for (const tag of listed)
        batch.sAdd(keys.tag(tag), key).expire(keys.tag(tag), options.fallbackTtl);
      return batch.publish(keys.channel, eventMessage({ type: 'written', key, by: me })).exec();
    });
  }

  const usable = (entry: StoredEntry, context: ReadContext, at: number) =>
    ledger.judge(allTags(entry, context), entry.lastModified, at) !== 'expired';

  /**
   * A page nobody has, or whose tag expired: one instance renders it, the others wait for its
   * copy (bounded). The renderer gets the expired copy, if any, past its expiry: Next renders
   * before answering and falls back on it if the render fails (lib/cache/last-good-copy.ts).
   */
  async function awaitRender(
    key: string,
    context: ReadContext,
    lastGood: StoredEntry | undefined,
  ): Promise<StoredEntry | null> {
    const deadline = now() + options.missWaitMs;
    const render = () => (lastGood ? pastExpiry(lastGood, now(), options.defaultRevalidate) : null);
    for (;;) {
      const outcome = await leases.acquire(key);
      if (outcome !== 'taken') {
        if (outcome === 'acquired') {
          // The holder may have written and released between our read and our acquire.
          const remote = await readRemote(key);
          if (remote.state === 'found' && usable(remote.entry, context, now())) {
            await leases.release(key);
            return remote.entry;
          }
        }
        return render();
      }
      if (now() >= deadline) return render();
      await new Promise((resolve) => setTimeout(resolve, 40));
      const remote = await readRemote(key);
      if (remote.state === 'found' && usable(remote.entry, context, now())) return remote.entry;
    }
  }

  return {
    async get(
      key: string,
      context: ReadContext,
      seed?: () => Promise<StoredEntry | undefined>,
    ): Promise<StoredEntry | null> {
      await events.catchUp();
      const at = now();
      let entry = local.get(key);
      const revalidate = (candidate: StoredEntry) =>
        revalidateOf(candidate, context, options.defaultRevalidate);
      const current = (candidate: StoredEntry) =>
        !isTimeStale(candidate, revalidate(candidate), at) &&
        ledger.judge(allTags(candidate, context), candidate.lastModified, at) === 'fresh';

      if (!entry || !current(entry)) {
        const remote = await readRemote(key);
        if (remote.state === 'found') entry = remote.entry;
        // Redis lost it (restart, eviction) while this copy is still good: share it again.
        else if (remote.state === 'missing' && entry && usable(entry, context, at))
          await write(key, entry);
      }
      if (!entry && seed) {
        entry = await seed();
        if (entry && usable(entry, context, at)) await write(key, entry);
      }
      let lastGood: StoredEntry | undefined;
      if (entry && !usable(entry, context, at)) {
        local.delete(key);
        if (isResponseKind(context.kind)) lastGood = entry;
        entry = undefined;
      }
      if (!entry) return isResponseKind(context.kind) ? awaitRender(key, context, lastGood) : null;
      if (current(entry) || context.kind === 'IMAGE') return entry;

      // Stale: only the lease holder lets Next regenerate it; the others serve it as it is.
      const outcome = await leases.acquire(key);
      if (outcome === 'taken') return { ...entry, lastModified: at };
      const seconds = revalidate(entry);
      // Stale by a tag rather than by age: make Next see the age that makes it regenerate.
      if (!isTimeStale(entry, seconds, at) && seconds !== false)
        return { ...entry, lastModified: at - seconds * 1000 - 1 };
      return entry;
    },

    async set(key: string, value: { kind: string } | null, context: WriteContext): Promise<void> {
      if (value === null) {
        local.delete(key);
        await connection.attempt((redis) => redis.del(keys.entry(key)));
      } else {
        await write(key, {
          lastModified: now(),
          cacheControl: context.cacheControl,
          tags: tagsOf(value, context.tags),
          value,
        });
      }
      await leases.release(key);
    },

    /**
     * Next's keys of what carries any of `tags` (for pages, their paths), as far as this
     * cluster has stored it; undefined when Redis cannot say.
     */
    async keysTagged(tags: string[]): Promise<string[] | undefined> {
      return connection.attempt(async (redis) => {
        const sets = await Promise.all(tags.map((tag) => redis.sMembers(keys.tag(tag))));
        return [...new Set(sets.flat())];
      });
    },

    /**
     * Applied here at once, then in Redis for every other instance. Throws when Redis could not
     * take it, so the webhook answers an error and its sender retries: the other instances
     * would otherwise serve the old price until their copies age out.
     */
    async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
      const list = typeof tags === 'string' ? [tags] : tags;
      if (list.length === 0) return;
      const mark = markFor(now(), durations);
      const marks = Object.fromEntries(list.map((tag) => [tag, mark]));
      for (const tag of list) ledger.apply(tag, mark);
      // Expired entries stay in Redis (the ledger hides them, their TTL bounds them): they are
      // the last good copies a page falls back on when its next render fails.
      const done = await connection.attempt(async (redis) => {
        const batch = redis.multi();
        for (const tag of list) batch.hSet(keys.marks, tag, JSON.stringify(mark));
        batch.incr(keys.marksVersion);
        await batch.publish(keys.channel, eventMessage({ type: 'tags', marks })).exec();
        return true;
      });
      if (!done)
        throw new Error(
          `shared cache unavailable: ${list.join(', ')} expired on this instance only`,
        );
    },
  };
}

export type SharedCache = ReturnType<typeof createSharedCache>;

function allTags(entry: StoredEntry, context: ReadContext): string[] {
  return [...entry.tags, ...(context.tags ?? []), ...(context.softTags ?? [])];
}
