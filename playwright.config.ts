import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/support/browser';
import { stack } from './e2e/support/stack';

/**
 * E2E against the real thing: `next build` and the production server plus the reference services (with
 * fault controls), started by the same script as `npm start`, on their own ports, data
 * folder and build folder so a running `npm start` is never disturbed.
 */
export default defineConfig({
  testDir: 'e2e',
  // The cluster project runs on its own stack, after this one (playwright.cluster.config.ts).
  testIgnore: 'cluster/**',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: stack.storefrontUrl,
    trace: 'retain-on-failure',
    // A service worker would answer repeat visits from its caches and throw off the tests that
    // count requests (RUM, exposures, ISR); e2e/pwa.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'rm -rf .data/e2e && tsx scripts/start.ts',
    url: `${stack.storefrontUrl}/en-US`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: '3100',
      SERVICES_PORT: '4110',
      SERVICES_DATA_DIR: '.data/e2e',
      SERVICES_TEST_CONTROLS: '1',
      SERVICES_LOG: 'silent',
      NEXT_DIST_DIR: '.next-e2e',
      // Keeps the build's pages, so the cluster project (playwright.cluster.config.ts) serves
      // this build as built instead of building again; a re-run with unchanged sources too.
      REUSE_BUILD: '1',
      WEBHOOK_SECRET: stack.webhookSecret,
      ADMIN_TOKEN: stack.adminToken,
      METRICS_TOKEN: stack.metricsToken,
      OPS_TOKEN: stack.opsToken,
      FLAGS_SECRET: stack.flagsSecret,
      SERVICE_RETRIES: '1',
      SERVICE_TIMEOUT_MS: '2000',
    },
  },
});
