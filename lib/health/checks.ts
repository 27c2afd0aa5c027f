import type { RedisConnection } from '@/lib/redis/connection';

/** One dependency's answer to a readiness probe. */
export interface Check {
  ok: boolean;
  /** How long the answer took, in whole milliseconds. */
  ms: number;
  error?: string;
}

const elapsed = (start: number) => Math.round(performance.now() - start);

/**
 * Whether something answers HTTP at `url` within `timeoutMs`. Any answer below 500 counts: real
 * commerce services need not have the reference services' `/__ops/health` and answer 404, which
 * still proves they are up.
 */
export async function checkHttp(
  url: string,
  timeoutMs: number,
  fetcher: typeof fetch = fetch,
): Promise<Check> {
  const start = performance.now();
  try {
    const response = await fetcher(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    const ok = response.status < 500;
    return { ok, ms: elapsed(start), ...(ok ? {} : { error: `HTTP ${response.status}` }) };
  } catch (error) {
    return { ok: false, ms: elapsed(start), error: describe(error) };
  }
}

/**
 * Whether Redis answers PING within `timeoutMs`. `attempt` never throws and answers undefined at
 * once while the connection is known to be down.
 */
export async function checkRedis(connection: RedisConnection, timeoutMs: number): Promise<Check> {
  const start = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<undefined>((settle) => {
    timer = setTimeout(() => settle(undefined), timeoutMs);
  });
  const pong = await Promise.race([connection.attempt((redis) => redis.ping()), deadline]);
  clearTimeout(timer);
  return pong === undefined
    ? { ok: false, ms: elapsed(start), error: 'not answering' }
    : { ok: true, ms: elapsed(start) };
}

function describe(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  const cause =
    error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return error instanceof Error ? `${error.message}${cause}` : String(error);
}
