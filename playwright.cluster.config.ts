import { defineConfig, devices } from '@playwright/test';
import { clusterStack, clusterUnavailable } from './e2e/support/cluster-stack';
import { sharedRunner, sharedUse, stackEnv } from './e2e/support/playwright-shared';

/**
 * The cluster e2e project (`npm run test:e2e:cluster`, part of `npm test`): `npm run cluster`
 * (scripts/cluster.ts) with three instances behind haproxy behind Varnish, a Redis of its own and its own
 * services, on ports of its own. It runs after the main e2e project and serves that project's
 * build (REUSE_BUILD: same sources, pages put back as built); run alone, it builds.
 */
export default defineConfig({
  testDir: 'e2e/cluster',
  ...sharedRunner,
  use: sharedUse(clusterStack.balancerUrl),
  projects: [{ name: 'cluster', use: { ...devices['Desktop Chrome'] } }],
  // Without redis-server or haproxy nothing is started and every spec skips, saying why.
  webServer: clusterUnavailable
    ? undefined
    : {
        command: 'rm -rf .data/e2e-cluster && tsx scripts/cluster.ts',
        url: `${clusterStack.tierUrl}/en-US`,
        timeout: 15 * 60_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        env: {
          PORT: String(clusterStack.tierPort),
          // Pages go stale at the tier after 3 s, so the stale-if-error test need not wait for
          // their s-maxage (300 s) to pass.
          EDGE_MAX_TTL: '3',
          EDGE_PURGE_TOKEN: clusterStack.purgeToken,
          CLUSTER_SIZE: String(clusterStack.size),
          CLUSTER_REDIS_PORT: String(clusterStack.redisPort),
          SERVICES_PORT: String(clusterStack.servicesPort),
          // Its own catcher, clear of the single-instance stack's (4125, 4126).
          MAIL_CATCHER_SMTP_PORT: '4135',
          MAIL_CATCHER_PORT: '4136',
          SERVICES_DATA_DIR: '.data/e2e-cluster',
          NEXT_DIST_DIR: '.next-e2e',
          REUSE_BUILD: '1',
          ...stackEnv,
        },
      },
});
