import { run, waitForHttp } from './processes';
import { supervise, type Supervised } from './supervisor';

/**
 * The embedded reference services (services/main.ts) as a supervised child: restarted when they
 * crash, `giveUp` when that is hopeless. `env` carries SERVICES_URL, SERVICES_PORT, the secrets
 * and STOREFRONT_WEBHOOK_URL (scripts/lib/stack-env.ts).
 */
export function superviseServices(
  env: NodeJS.ProcessEnv,
  giveUp: (reason: string) => void,
): Supervised {
  return supervise({
    name: 'Reference services',
    spawn: () => run(process.execPath, ['--import', 'tsx', 'services/main.ts'], env),
    // Only an answer from this child counts, not one from an old services process still on the port.
    ready: (child) =>
      waitForHttp(
        `${env.SERVICES_URL}/__ops/health`,
        120_000,
        child,
        async (response) => ((await response.json()) as { pid?: number }).pid === child.pid,
      ),
    giveUp,
  });
}
