import { createHash } from 'node:crypto';
import type { RedisConnection } from '@/lib/redis/connection';
import type { RedisShare } from '@/lib/redis/share';
import {
  createRateLimiter,
  type RateDecision,
  type RateLimit,
  type RateLimitOptions,
} from './rate-limit';

/**
 * The same token bucket as rate-limit.ts, kept in Redis so every instance behind the load
 * balancer draws from one bucket per client (otherwise N instances allow N times the limit).
 * One hash per client, `<prefix>:ratelimit:<name>:<client>`, updated atomically by a Lua script
 * in one round trip, and expiring once it would be full again (a missing key is a full bucket).
 * The caller's clock is used: skew between instances only delays a refill, since the stored
 * time never moves backwards.
 */
const TOKEN_BUCKET = `
local burst, per_ms, now, ttl = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens, at = tonumber(state[1]) or burst, tonumber(state[2]) or now
if now > at then
  tokens = math.min(burst, tokens + (now - at) * per_ms)
  at = now
end
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
redis.call('PEXPIRE', KEYS[1], ttl)
return { allowed, tostring(tokens) }`;
const SHA = createHash('sha1').update(TOKEN_BUCKET).digest('hex');

type Client = RedisConnection['client'];

/** EVALSHA, loading the script on the first call after a Redis (re)start. */
async function runBucket(redis: Client, key: string, args: string[]): Promise<unknown> {
  const options = { keys: [key], arguments: args };
  try {
    return await redis.evalSha(SHA, options);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    return redis.eval(TOKEN_BUCKET, options);
  }
}

export interface SharedRateLimitOptions extends RateLimitOptions {
  /** Which limit this is, in its keys ("rum", "events"). */
  name: string;
}

/**
 * A limiter shared through Redis when `share` is given, else exactly the in-process one (the
 * same object, answering synchronously). While Redis is down or hung `attempt` answers
 * undefined at once or after the command timeout, and this instance's own bucket decides: the
 * limit is then per instance again, never an error.
 */
export function createSharedRateLimiter(
  options: SharedRateLimitOptions,
  share: RedisShare | undefined,
): RateLimit {
  const local = createRateLimiter(options);
  if (!share) return local;
  const { perMinute, burst, name } = options;
  const perMs = perMinute / 60_000;
  // Long enough to refill an empty bucket completely; after that no key means the same thing.
  const ttlMs = Math.ceil(burst / perMs) + 1_000;

  return {
    async take(client: string, now: number): Promise<RateDecision> {
      const key = `${share.prefix}:ratelimit:${name}:${client}`;
      const args = [burst, perMs, now, ttlMs].map(String);
      const reply = await share.connection.attempt((redis) => runBucket(redis, key, args));
      if (!Array.isArray(reply)) return local.take(client, now);
      const [allowed, tokens] = reply as [number, string];
      if (allowed === 1) return { allowed: true };
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - Number(tokens)) / perMs / 1000)),
      };
    },
  };
}
