/**
 * Stale-if-error for a page whose tag the webhook expired. Next renders an expired page before
 * answering (the price change shows on the very next request), and when that render fails it
 * keeps the entry it was handed as the previous one, re-stored for 30 s and retried after
 * (server/response-cache: retainPreviousCacheEntry). But Next's own caches drop an expired
 * page instead of handing it over, so a webhook during an outage turned a good page into an
 * error on every request. The cache handler hands it over instead, dated past its `expire`:
 * Next then treats it exactly as expired (a blocking render) while still holding it.
 */
export interface Lifetime {
  lastModified: number;
  cacheControl?: { revalidate: number | false; expire: number | undefined };
}

/** Used when an entry carries no `expire` of its own (the build's seeds may not). */
const FALLBACK_EXPIRE_S = 24 * 60 * 60;

export function pastExpiry<Entry extends Lifetime>(
  entry: Entry,
  now: number,
  defaultRevalidate: number,
): Entry {
  const revalidate = entry.cacheControl?.revalidate ?? defaultRevalidate;
  const expire = entry.cacheControl?.expire ?? FALLBACK_EXPIRE_S;
  return { ...entry, cacheControl: { revalidate, expire }, lastModified: now - expire * 1000 - 1 };
}
