import { run, waitForHttp } from './processes';
import { supervise, type Supervised } from './supervisor';

/** How the supervisor tells a hung services process from a busy one: 3 probes of 2 s, 5 s apart. */
const PROBE_TIMEOUT_MS = 2_000;
const HEALTH = { intervalMs: 5_000, misses: 3 };
/** A crash loop pauses this long: the storefront keeps serving cached pages meanwhile. */
const COOL_DOWN_MS = 30_000;

/**
 * The embedded reference services (services/main.ts) as a supervised child: restarted when they
 * crash or hang, and never given up on: a crash loop pauses and tries again, because the
 * storefront in front of them still serves every cached page. `env` carries SERVICES_URL,
 * SERVICES_PORT, the secrets and STOREFRONT_WEBHOOK_URL (scripts/lib/stack-env.ts).
 */
export function superviseServices(
  env: NodeJS.ProcessEnv,
  giveUp: (reason: string) => void,
): Supervised {
  const health = `${env.SERVICES_URL}/__ops/health`;
  // Only an answer from this child counts, not one from an old services process on the port.
  const isChild = (pid: number | undefined) => async (response: Response) =>
    ((await response.json()) as { pid?: number }).pid === pid;
  return supervise({
    name: 'Reference services',
    spawn: () => run(process.execPath, ['--import', 'tsx', 'services/main.ts'], env),
    ready: (child) => waitForHttp(health, 120_000, child, isChild(child.pid)),
    health: {
      ...HEALTH,
      probe: async (child) => {
        const response = await fetch(health, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
        return response.ok && (await isChild(child.pid)(response));
      },
    },
    coolDownMs: COOL_DOWN_MS,
    giveUp,
  });
}
