import { run, waitForHttp } from './processes';
import { supervise, type Supervised } from './supervisor';

const PROBE_TIMEOUT_MS = 3_000;
const HEALTH = { intervalMs: 5_000, misses: 3 };

/**
 * One storefront server (scripts/serve.ts or `next start`, `args` for node) as a supervised
 * child: a crash or a hang (its liveness probe unanswered three times) restarts it from the same
 * build, in seconds. Five crashes within a minute give up: a storefront that cannot stay up has
 * nothing to serve, unlike the services behind it.
 */
export function superviseStorefront(
  args: string[],
  env: NodeJS.ProcessEnv,
  origin: string,
  giveUp: (reason: string) => void,
): Supervised {
  const live = `${origin}/api/health/live`;
  return supervise({
    name: 'Storefront',
    spawn: () => run(process.execPath, args, env),
    ready: (child) => waitForHttp(live, 120_000, child),
    health: {
      ...HEALTH,
      probe: async () => (await fetch(live, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })).ok,
    },
    giveUp,
  });
}
