import { ok, type Result } from '@/lib/services/transport/result';
import { processSharedCache } from './process-shared-cache';
import { processLocalResults, sharedResults, type ResultStore } from './result-stores';

/**
 * A typed client's answer kept for a while, for reads Next's data cache fits badly: keys without
 * end (every search query), and tags known only from the answer (the products it lists), where a
 * fetch's tags must be named before it is sent. Only a success is kept: a failed read is tried
 * again by the next request, never served from here.
 */
export interface CachedRead<T> {
  /** Everything the answer depends on, normalized so equal requests share it. */
  key: string;
  /** Seconds the answer is served for. */
  lifetime: number;
  tagsOf: (value: T) => string[];
  load: () => Promise<Result<T>>;
}

/** The shared cache once Next has made it (REDIS_URL, production), else this process's memory. */
function processStore(): ResultStore {
  const shared = processSharedCache();
  return shared ? sharedResults(shared) : processLocalResults();
}

// Requests that miss the same key together wait for one load: a popular query whose answer has
// just expired costs the service one call, not one per request in flight.
const loading = new Map<string, Promise<Result<unknown>>>();

async function loadAndKeep<T>(read: CachedRead<T>, store: ResultStore): Promise<Result<T>> {
  const result = await read.load();
  if (result.ok) await store.set(read.key, result.value, read.tagsOf(result.value), read.lifetime);
  return result;
}

export async function readThrough<T>(
  read: CachedRead<T>,
  store: ResultStore = processStore(),
): Promise<Result<T>> {
  const hit = await store.get(read.key, read.lifetime);
  if (hit) return ok(hit.value as T);
  const pending = loading.get(read.key) as Promise<Result<T>> | undefined;
  if (pending) return pending;
  const load = loadAndKeep(read, store).finally(() => loading.delete(read.key));
  loading.set(read.key, load);
  return load;
}
