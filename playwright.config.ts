import { defineConfig, devices } from '@playwright/test';
import { sharedRunner, sharedUse, storefrontWebServer } from './e2e/support/playwright-shared';
import { stack } from './e2e/support/stack';

/**
 * E2E against the real thing: `next build` and the production server plus the reference services (with
 * fault controls), started by the same script as `npm start`, on their own ports, data
 * folder and build folder so a running `npm start` is never disturbed.
 */
export default defineConfig({
  testDir: 'e2e',
  // The cluster and chaos projects run on their own stacks, after this one
  // (playwright.cluster.config.ts, playwright.chaos.config.ts).
  testIgnore: ['cluster/**', 'chaos/**'],
  ...sharedRunner,
  use: sharedUse(stack.storefrontUrl),
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Keeps the build's pages (REUSE_BUILD), so the cluster and next-start projects serve this
  // build as built instead of building again; a re-run with unchanged sources too.
  webServer: storefrontWebServer('.data/e2e'),
});
