import { defineConfig, devices } from '@playwright/test';
import { sharedRunner, sharedUse, stackEnv } from './e2e/support/playwright-shared';
import { stack } from './e2e/support/stack';

/**
 * The Vercel way (`npm run test:e2e:next-start`, part of `npm test`): hosts without a custom server
 * run plain `next start`, so experiments are assigned by the proxy (lib/edge/experiments.ts) and
 * RUM beacons reach the route handler (app/api/rum/route.ts), never scripts/serve.ts's fast
 * paths. The experiments and RUM specs run again against `next start` of the main e2e build
 * (REUSE_BUILD), on the main project's ports, after it.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: ['experiments.spec.ts', 'rum.spec.ts', 'rum-collector.spec.ts'],
  ...sharedRunner,
  use: sharedUse(stack.storefrontUrl),
  projects: [{ name: 'next-start', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'rm -rf .data/e2e-next-start && tsx scripts/start.ts',
    url: `${stack.storefrontUrl}/en-US`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: '3100',
      SERVICES_PORT: '4110',
      SERVICES_DATA_DIR: '.data/e2e-next-start',
      NEXT_DIST_DIR: '.next-e2e',
      REUSE_BUILD: '1',
      STOREFRONT_SERVER: 'next',
      ...stackEnv,
    },
  },
});
