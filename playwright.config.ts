import { defineConfig, devices } from '@playwright/test';
import { sharedRunner, sharedUse, stackEnv } from './e2e/support/playwright-shared';
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
  ...sharedRunner,
  use: sharedUse(stack.storefrontUrl),
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
      NEXT_DIST_DIR: '.next-e2e',
      // Keeps the build's pages, so the cluster project (playwright.cluster.config.ts) serves
      // this build as built instead of building again; a re-run with unchanged sources too.
      REUSE_BUILD: '1',
      ...stackEnv,
    },
  },
});
