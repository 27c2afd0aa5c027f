import type { StoredEntry } from './entry-codec';

/**
 * What an entry's own data says about its lifetime and dependencies, read the way Next reads
 * it (server/lib/incremental-cache/index.js), so every instance judges an entry the same way.
 */
export interface ReadContext {
  kind: string;
  /** FETCH entries: the fetch's own tags, and the page's implicit tags. */
  tags?: string[];
  softTags?: string[];
  /** FETCH entries: the revalidate the calling fetch asked for. */
  revalidate?: number | false;
}

const TAGS_HEADER = 'x-next-cache-tags';

/** Page and route entries carry their tags in a header; fetch entries in the context. */
export function tagsOf(value: unknown, contextTags: readonly string[] = []): string[] {
  const header = (value as { headers?: Record<string, unknown> } | null)?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === 'string' && header !== '' ? header.split(',') : [];
  return [...new Set([...contextTags, ...fromHeader])];
}

export function isResponseKind(kind: string): boolean {
  return kind === 'APP_PAGE' || kind === 'APP_ROUTE' || kind === 'PAGES';
}

/** Seconds until the entry is stale; false when only a tag can make it stale. */
export function revalidateOf(
  entry: StoredEntry,
  context: ReadContext,
  defaultRevalidate: number,
): number | false {
  if (context.kind === 'FETCH') {
    const own = (entry.value as { revalidate?: number | false }).revalidate;
    return context.revalidate || (own ?? defaultRevalidate);
  }
  return entry.cacheControl?.revalidate ?? defaultRevalidate;
}

export function isTimeStale(entry: StoredEntry, revalidate: number | false, now: number): boolean {
  return revalidate !== false && entry.lastModified + revalidate * 1000 < now;
}

/**
 * How long Redis keeps the entry: its `expire` (past it Next renders anew and would never
 * serve it), else the fallback; an image keeps its own revalidate window, within the fallback.
 */
export function ttlSeconds(entry: StoredEntry, fallbackSeconds: number): number {
  const expire = entry.cacheControl?.expire;
  if (typeof expire === 'number' && expire > 0) return Math.ceil(expire);
  const value = entry.value as { kind?: string; revalidate?: number | false };
  if (value.kind === 'IMAGE' && typeof value.revalidate === 'number' && value.revalidate > 0)
    return Math.min(Math.ceil(value.revalidate), fallbackSeconds);
  return fallbackSeconds;
}
