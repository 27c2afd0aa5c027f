import { sharedRedis, type RedisConnection } from './connection';

/**
 * What a piece of cluster-wide state needs: the connection and the first part of its keys.
 * Passed in explicitly (tests give each "instance" its own connection); `redisShare()` is the
 * production default, undefined without REDIS_URL so callers keep their in-process state.
 */
export interface RedisShare {
  connection: RedisConnection;
  /** REDIS_KEY_PREFIX, default "storefront". Rate limits and RUM summaries are not per build. */
  prefix: string;
}

export function redisKeyPrefix(env: Record<string, string | undefined> = process.env): string {
  // `||`, not `??`: .env.example leaves the variable present but empty.
  return env.REDIS_KEY_PREFIX || 'storefront';
}

export function redisShare(
  env: Record<string, string | undefined> = process.env,
): RedisShare | undefined {
  const connection = sharedRedis(env);
  return connection && { connection, prefix: redisKeyPrefix(env) };
}
