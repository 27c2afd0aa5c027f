import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/support/browser';
import { clusterStack, clusterUnavailable } from './e2e/support/cluster-stack';

/**
 * The cluster e2e project (`npm run test:e2e:cluster`, part of `npm test`): `npm run cluster`
 * (scripts/cluster.ts) with three instances behind haproxy, a Redis of its own and its own
 * services, on ports of its own. It runs after the main e2e project and serves that project's
 * build (REUSE_BUILD: same sources, pages put back as built); run alone, it builds.
 */
export default defineConfig({
  testDir: 'e2e/cluster',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: clusterStack.balancerUrl,
    trace: 'retain-on-failure',
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'cluster', use: { ...devices['Desktop Chrome'] } }],
  // Without redis-server or haproxy nothing is started and every spec skips, saying why.
  webServer: clusterUnavailable
    ? undefined
    : {
        command: 'rm -rf .data/e2e-cluster && tsx scripts/cluster.ts',
        url: `${clusterStack.balancerUrl}/en-US`,
        timeout: 15 * 60_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        env: {
          PORT: String(clusterStack.balancerPort),
          CLUSTER_SIZE: String(clusterStack.size),
          CLUSTER_REDIS_PORT: String(clusterStack.redisPort),
          SERVICES_PORT: String(clusterStack.servicesPort),
          SERVICES_DATA_DIR: '.data/e2e-cluster',
          SERVICES_TEST_CONTROLS: '1',
          SERVICES_LOG: 'silent',
          NEXT_DIST_DIR: '.next-e2e',
          REUSE_BUILD: '1',
          WEBHOOK_SECRET: clusterStack.webhookSecret,
          ADMIN_TOKEN: clusterStack.adminToken,
          METRICS_TOKEN: clusterStack.metricsToken,
          OPS_TOKEN: clusterStack.opsToken,
          FLAGS_SECRET: clusterStack.flagsSecret,
          SERVICE_RETRIES: '1',
          SERVICE_TIMEOUT_MS: '2000',
        },
      },
});
