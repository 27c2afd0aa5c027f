import type { RedisConnection } from '@/lib/redis/connection';
import type { TagLedger, TagMark } from './tag-ledger';

/**
 * What instances tell each other, over Redis pub/sub: a tag expired (every ledger applies it at
 * once, which is what makes a webhook on one instance reach all of them within milliseconds),
 * or an entry was written (the others drop their local copy and read the new one). Marks are
 * also kept in a hash, so an instance that starts, or reconnects after missing messages, loads
 * them all before trusting its ledger again; a version number tells each lookup whether they
 * changed since.
 */
export type CacheEvent =
  { type: 'tags'; marks: Record<string, TagMark> } | { type: 'written'; key: string; by: string };

export interface CacheEventKeys {
  channel: string;
  marks: string;
  /** Incremented with every change to `marks`. */
  marksVersion: string;
}

export function listenForCacheEvents(
  connection: RedisConnection,
  keys: CacheEventKeys,
  ledger: TagLedger,
  onWritten: (key: string, by: string) => void,
): { catchUp(): Promise<void> } {
  const subscriber = connection.subscriber();
  let seenVersion: string | null = null;
  const loadMarks = () =>
    connection.attempt(async (redis) => {
      const [version, stored] = await Promise.all([
        redis.get(keys.marksVersion),
        redis.hGetAll(keys.marks),
      ]);
      for (const [tag, mark] of Object.entries(stored)) ledger.apply(tag, parseMark(mark));
      seenVersion = version;
    });
  subscriber.on('ready', () => void loadMarks());
  // Marks may have been written while the main connection was down and this one was not.
  connection.client.on('ready', () => void loadMarks());
  void subscriber
    .connect()
    .then(() =>
      subscriber.subscribe(keys.channel, (message) => {
        const event = parseEvent(message);
        if (event?.type === 'tags')
          for (const [tag, mark] of Object.entries(event.marks)) ledger.apply(tag, mark);
        else if (event?.type === 'written') onWritten(event.key, event.by);
      }),
    )
    .catch(() => undefined); // the main connection logs the outage; reconnection is automatic

  return {
    /**
     * Pub/sub is fast but arrives when it arrives: a request that comes right after a webhook's
     * answer could beat the message. One small read per lookup makes it causal: if the marks
     * changed since this instance last loaded them, it loads them before judging anything.
     */
    async catchUp() {
      const version = await connection.attempt((redis) => redis.get(keys.marksVersion));
      if (version !== undefined && version !== seenVersion) await loadMarks();
    },
  };
}

export function eventMessage(event: CacheEvent): string {
  return JSON.stringify(event);
}

function parseEvent(message: string): CacheEvent | undefined {
  try {
    const event = JSON.parse(message) as Partial<CacheEvent>;
    if (event.type === 'tags' && typeof event.marks === 'object' && event.marks !== null)
      return event as CacheEvent;
    if (event.type === 'written' && typeof event.key === 'string' && typeof event.by === 'string')
      return event as CacheEvent;
  } catch {
    // A foreign message on our channel: ignored.
  }
  return undefined;
}

function parseMark(text: string): TagMark {
  try {
    const mark = JSON.parse(text) as TagMark;
    return {
      stale: typeof mark.stale === 'number' ? mark.stale : undefined,
      expired: typeof mark.expired === 'number' ? mark.expired : undefined,
    };
  } catch {
    return {};
  }
}
