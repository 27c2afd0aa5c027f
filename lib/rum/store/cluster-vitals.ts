import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { RedisShare } from '@/lib/redis/share';
import type { VitalSample } from '../samples';
import { decodeMinute, encodeMinute, mergeMinutes } from './minute-codec';
import { WINDOW_MINUTES, type Minute, type VitalsStore } from './vitals-store';

/** What the ops pages' numbers cover, stated on the pages and in GET /api/ops/vitals. */
export type VitalsCoverage =
  | { scope: 'instance'; redis: 'off' | 'unavailable' }
  | { scope: 'cluster'; instances: number; publishSeconds: number };

interface VitalsWindow {
  minutes: Minute[];
  coverage: VitalsCoverage;
}

/** The ops pages' read: the last hour of every instance with Redis, of this one without. */
export interface VitalsView {
  window(now: number): Promise<VitalsWindow>;
}

export const localView = (store: VitalsStore): VitalsView => ({
  window: async (now) => ({
    minutes: store.window(now),
    coverage: { scope: 'instance', redis: 'off' },
  }),
});

export interface ShareOptions {
  /** This process's field in the minute hashes; unique per process by default. */
  instance?: string;
  /** How often the minutes that changed are published (ms); 0: only by `publish()`. */
  publishMs?: number;
}

/**
 * Cluster-wide ops numbers without touching Redis per beacon: each instance keeps counting in
 * its own store (beacons stay in-memory only), and every few seconds writes the minutes that
 * changed, whole, into `<prefix>:rum:vitals:<minute>` (a hash: one field per instance, expiring
 * a little after the window). A write is idempotent, so a failed one is simply repeated, with
 * every minute of the window (as after a reconnection, in case Redis restarted empty). The ops
 * page reads the window's 60 hashes in one round trip, takes its own minutes from memory
 * (fresher) and merges the rest.
 */
export function shareVitals(store: VitalsStore, share: RedisShare, options: ShareOptions = {}) {
  const { connection, prefix } = share;
  const instance = options.instance ?? `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
  const publishMs = options.publishMs ?? 5_000;
  const keyOf = (minute: number) => `${prefix}:rum:vitals:${minute}`;
  const ttlMs = (WINDOW_MINUTES + 5) * 60_000;
  const dirty = new Set<number>();
  // Everything again after a failed write, and after each (re)connection: Redis may have
  // restarted empty, and minutes that no longer change would otherwise never come back.
  let resync = true;
  connection.client.on('ready', () => (resync = true));
  let timer: ReturnType<typeof setInterval> | undefined;

  /** Writes the minutes that changed; false when Redis did not take them (they stay pending). */
  async function publish(now = Date.now()): Promise<boolean> {
    const pending = resync ? undefined : new Set(dirty);
    dirty.clear();
    resync = false; // a reconnection while this write is under way asks for another full one
    const minutes = store.window(now).filter((m) => !pending || pending.has(m.minute));
    if (minutes.length === 0) return true;
    const written = await connection.attempt((redis) => {
      const batch = redis.multi();
      for (const minute of minutes) {
        batch.hSet(keyOf(minute.minute), instance, encodeMinute(minute));
        batch.pExpire(keyOf(minute.minute), ttlMs);
      }
      return batch.exec();
    });
    if (written !== undefined) return true;
    for (const minute of minutes) dirty.add(minute.minute);
    resync = true;
    return false;
  }

  const recording: VitalsStore = {
    add(sample: VitalSample, now: number): void {
      store.add(sample, now);
      dirty.add(Math.floor(now / 60_000));
      if (!timer && publishMs > 0) {
        timer = setInterval(() => void publish(), publishMs);
        timer.unref?.();
      }
    },
    window: (now) => store.window(now),
  };

  const view: VitalsView = {
    async window(now) {
      const newest = Math.floor(now / 60_000);
      const numbers = Array.from({ length: WINDOW_MINUTES }, (_, i) => newest - i);
      const own = store.window(now);
      const hashes = await connection.attempt((redis) => {
        const batch = redis.multi();
        for (const minute of numbers) batch.hGetAll(keyOf(minute));
        return batch.execAsPipeline();
      });
      if (!Array.isArray(hashes))
        return { minutes: own, coverage: { scope: 'instance', redis: 'unavailable' } };

      const parts = new Map<number, Minute[]>(own.map((minute) => [minute.minute, [minute]]));
      const instances = new Set(own.length > 0 ? [instance] : []);
      hashes.forEach((hash, i) => {
        const minute = numbers[i]!;
        for (const [id, text] of Object.entries(hash ?? {})) {
          if (id === instance || typeof text !== 'string') continue;
          const decoded = decodeMinute(minute, text);
          if (!decoded) continue;
          instances.add(id);
          parts.set(minute, [...(parts.get(minute) ?? []), decoded]);
        }
      });
      const minutes = [...parts]
        .sort(([a], [b]) => a - b)
        .map(([minute, list]) => (list.length === 1 ? list[0]! : mergeMinutes(minute, list)));
      const coverage = {
        scope: 'cluster',
        instances: instances.size,
        publishSeconds: publishMs / 1000,
      } as const;
      return { minutes, coverage };
    },
  };

  return {
    instance,
    store: recording,
    view,
    publish,
    close(): void {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}

export type SharedVitals = ReturnType<typeof shareVitals>;
