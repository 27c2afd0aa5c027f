import { createClient } from 'redis';

/**
 * The one Redis connection of this process, when REDIS_URL is set (the cluster's shared cache,
 * lease, rate limits and RUM summaries). Without it every caller keeps its in-process default.
 *
 * Redis is never allowed to cost a shopper more than a slower page:
 * - every command gives up after REDIS_COMMAND_TIMEOUT_MS, sent or not (`rejectInFlight`), so a
 *   hung server (SIGSTOP) bounds a cache read instead of hanging the page;
 * - while the connection is down, commands fail at once (no offline queue) and callers fall back;
 * - reconnection goes on in the background, so sharing resumes without a restart;
 * - an outage is logged once when it starts and once when it ends, never per request.
 *
 * The client lives on globalThis: the cache handler (loaded by Next outside its bundles) and the
 * route handlers (bundled) are different module instances in one process, and must share it.
 */
export type RedisConnection = ReturnType<typeof connectRedis>;

export interface ConnectionOptions {
  url: string;
  commandTimeoutMs: number;
  log?: (line: string) => void;
}

const SLOT = Symbol.for('storefront.redis.connection');
type Registry = typeof globalThis & { [SLOT]?: RedisConnection };

/** A new connection; production code takes the process's one from sharedRedis(). */
export function connectRedis({ url, commandTimeoutMs, log = console.warn }: ConnectionOptions) {
  const where = redactedUrl(url);
  const client = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeoutMs, rejectInFlight: true },
    socket: {
      // Generous: several instances booting on a busy machine all connect at once.
      connectTimeout: Math.max(2_000, commandTimeoutMs * 4),
      // Keep trying for as long as the process lives, at most every 2 s.
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000),
    },
  });
  let state: 'connecting' | 'up' | 'down' = 'connecting';
  const markDown = (reason: string) => {
    if (state === 'down') return;
    log(
      state === 'up'
        ? `[redis] ${where} unreachable (${reason}): each instance serves from its own cache until it is back`
        : `[redis] ${where} not answering (${reason}): each instance serves from its own cache until it does`,
    );
    state = 'down';
  };
  client.on('ready', () => {
    if (state === 'down') log(`[redis] ${where} reachable again: the cache is shared again`);
    state = 'up';
  });
  client.on('error', (error: unknown) => markDown(describe(error)));
  client.on('end', () => markDown('connection closed'));
  // The first connection attempt; errors are reported through the 'error' event above.
  const ready = client.connect().then(
    () => undefined,
    () => undefined,
  );

  // A hung server keeps the socket open, so 'error' never fires: after a few timeouts in a row,
  // skip Redis for a moment instead of paying the timeout on every request.
  let failuresInARow = 0;
  let skipUntil = 0;
  let hung = false;
  const subscribers: (typeof client)[] = [];
  const available = () => state === 'up' && client.isReady && Date.now() >= skipUntil;

  return {
    client,
    /** False while the connection is down or timing out: callers skip Redis instead of waiting. */
    get isUp(): boolean {
      return available();
    },
    /**
     * Runs `command` when Redis is available; undefined when it is not or the command failed
     * (the caller's fallback then applies). Failures are counted, never thrown.
     */
    async attempt<T>(command: (redis: typeof client) => Promise<T>): Promise<T | undefined> {
      if (!available()) return undefined;
      try {
        const result = await command(client);
        if (hung) log(`[redis] ${where} answering again: the cache is shared again`);
        hung = false;
        failuresInARow = 0;
        return result;
      } catch (error) {
        failuresInARow += 1;
        if (failuresInARow >= 3) {
          if (!hung && state === 'up')
            log(
              `[redis] ${where} not answering in time (${describe(error)}): each instance serves from its own cache until it does`,
            );
          hung = true;
          skipUntil = Date.now() + 2_000;
          failuresInARow = 0;
        }
        return undefined;
      }
    },
    /** Resolves once the first connection attempt has succeeded or failed. */
    ready,
    /** A second connection for SUBSCRIBE (a subscribed connection can run nothing else). */
    subscriber() {
      const duplicate = client.duplicate();
      duplicate.on('error', () => undefined); // the main client reports the outage
      subscribers.push(duplicate);
      return duplicate;
    },
    /** Closes the connection and its subscribers (tests, shutdown). */
    close(): void {
      // Closed on purpose (shutdown): no outage to report when the 'end' event follows.
      state = 'down';
      for (const connection of [client, ...subscribers])
        if (connection.isOpen) connection.destroy();
    },
  };
}

/** The process's connection, or undefined when REDIS_URL is unset. */
export function sharedRedis(
  env: Record<string, string | undefined> = process.env,
): RedisConnection | undefined {
  const url = env.REDIS_URL;
  if (!url) return undefined;
  const registry = globalThis as Registry;
  registry[SLOT] ??= connectRedis({
    url,
    commandTimeoutMs: Number(env.REDIS_COMMAND_TIMEOUT_MS) || 500,
  });
  return registry[SLOT];
}

/** Closes the process's connection, if one was opened, without opening one (shutdown). */
export function closeSharedRedis(): void {
  const registry = globalThis as Registry;
  registry[SLOT]?.close();
  registry[SLOT] = undefined;
}

/** The URL without its password, for log lines. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return '(unparsable REDIS_URL)';
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
