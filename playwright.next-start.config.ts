import { defineConfig, devices } from '@playwright/test';
import { sharedRunner, sharedUse, storefrontWebServer } from './e2e/support/playwright-shared';
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
  webServer: storefrontWebServer('.data/e2e-next-start', { STOREFRONT_SERVER: 'next' }),
});
