import { DetailedError } from '../framework/errors';
import type { Database } from '../db/database';

export interface Limit {
  /** e.g. `sign-in:email:ada@example.com`. */
  key: string;
  max: number;
  windowSeconds: number;
}

/**
 * Fixed windows counted in the database, so every services process sharing it counts the same
 * attempts. A refused attempt is 429 too_many_attempts with the seconds left in the window.
 */
export class RateLimits {
  constructor(private readonly db: Database) {}

  /** Counts one attempt against each limit; throws 429 when any is over. */
  async hit(limits: Limit[]): Promise<void> {
    let retryAfter = 0;
    for (const limit of limits) {
      const { rows } = await this.db.query<{ hits: number; left: number }>(
        `INSERT INTO rate_limit_hits (key, window_start, hits)
         VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
         ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
         RETURNING hits, ceil($2 - extract(epoch FROM now() - window_start))::int AS left`,
        [limit.key, limit.windowSeconds],
      );
      const row = rows[0]!;
      if (row.hits > limit.max) retryAfter = Math.max(retryAfter, Math.max(1, row.left));
    }
    if (retryAfter > 0) throw tooManyAttempts(retryAfter);
  }

  /** Old windows, so the table stays small; called now and then. */
  async prune(): Promise<void> {
    await this.db.query(
      `DELETE FROM rate_limit_hits WHERE window_start < now() - interval '1 day'`,
    );
  }
}

function tooManyAttempts(retryAfterSeconds: number): DetailedError {
  return new DetailedError(
    429,
    'too_many_attempts',
    `Too many attempts; try again in ${retryAfterSeconds} s`,
    { retryAfterSeconds },
    { 'retry-after': String(retryAfterSeconds) },
  );
}
