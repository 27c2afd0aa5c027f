export interface RateLimitOptions {
  /** Sustained beacons per minute for one client. */
  perMinute: number;
  /** Tokens a fresh client starts with (a tab closing after a long visit flushes several batches). */
  burst: number;
  /** Clients tracked at once; memory stays bounded whatever the traffic. */
  maxClients?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * What the collectors call: this in-process bucket answers synchronously, the cluster-wide one
 * (`shared-rate-limit.ts`, with REDIS_URL) through Redis; callers `await` either.
 */
export interface RateLimit {
  take(client: string, now: number): RateDecision | Promise<RateDecision>;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client, in this process's memory: the limit without REDIS_URL, and the
 * fallback of the cluster-wide one while Redis is unavailable. When the table is full the
 * oldest quarter of it is forgotten at once, so a flood of new clients costs O(1) per beacon on
 * average; a forgotten client merely starts again with a full bucket.
 */
export function createRateLimiter({ perMinute, burst, maxClients = 50_000 }: RateLimitOptions) {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  function forgetOldest(): void {
    let drop = Math.ceil(maxClients / 4);
    for (const key of buckets.keys()) {
      if (drop-- <= 0) break;
      buckets.delete(key);
    }
  }

  return {
    take(client: string, now: number): RateDecision {
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= maxClients) forgetOldest();
        bucket = { tokens: burst, at: now };
        buckets.set(client, bucket);
      }
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perMs);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
      };
    },
    get size(): number {
      return buckets.size;
    },
  };
}
