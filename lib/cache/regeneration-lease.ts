import { randomUUID } from 'node:crypto';
import type { RedisConnection } from '@/lib/redis/connection';

/**
 * One regeneration per cluster. Next de-duplicates renders within a process only, so every
 * instance that sees a stale page would render it again. Before letting Next render, an
 * instance takes a lease in Redis (SET NX PX): the holder renders, the others serve the copy
 * they have (stale) or wait for the holder's (a page never rendered). A lease is a lease: a
 * holder that crashes or whose render fails stops blocking the page when it lapses.
 */
export type LeaseOutcome = 'acquired' | 'taken' | 'unavailable';

// Deletes the lease only if this instance still holds it: a lapsed lease may be someone else's.
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;

export function createRegenerationLeases(
  connection: RedisConnection,
  leaseKey: (key: string) => string,
  leaseMs: number,
) {
  const holder = randomUUID();
  const held = new Set<string>();

  return {
    leaseMs,
    async acquire(key: string): Promise<LeaseOutcome> {
      const reply = await connection.attempt((redis) =>
        redis.set(leaseKey(key), holder, {
          condition: 'NX',
          expiration: { type: 'PX', value: leaseMs },
        }),
      );
      if (reply === undefined) return 'unavailable';
      if (reply === null) return 'taken';
      held.add(key);
      return 'acquired';
    },
    /** Whether anyone holds the lease; undefined when Redis cannot say. */
    async isTaken(key: string): Promise<boolean | undefined> {
      const count = await connection.attempt((redis) => redis.exists(leaseKey(key)));
      return count === undefined ? undefined : count > 0;
    },
    /** After this instance wrote the entry: the page is fresh, the next stale one may go. */
    async release(key: string): Promise<void> {
      if (!held.delete(key)) return;
      await connection.attempt((redis) =>
        redis.eval(RELEASE, { keys: [leaseKey(key)], arguments: [holder] }),
      );
    },
  };
}
