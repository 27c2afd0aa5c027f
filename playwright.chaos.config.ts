import { defineConfig, devices } from '@playwright/test';
import { sharedRunner, sharedUse, storefrontWebServer } from './e2e/support/playwright-shared';
import { stack } from './e2e/support/stack';

/**
 * The chaos suite (`npm run test:e2e:chaos`, part of `npm test`): the processes `npm start` runs
 * hung, killed and crashing in a loop, on their own stack (the main e2e build, REUSE_BUILD, on
 * the main project's ports, after it), since these tests stop what other specs rely on.
 * Outages the stack survives without losing a process (a hung or slow service, a webhook during
 * one) are in e2e/resilience.spec.ts.
 */
export default defineConfig({
  testDir: 'e2e/chaos',
  ...sharedRunner,
  // A crash loop's cool-down (30 s) and a hang's detection (three missed probes) take their time.
  timeout: 150_000,
  use: sharedUse(stack.storefrontUrl),
  projects: [{ name: 'chaos', use: { ...devices['Desktop Chrome'] } }],
  webServer: storefrontWebServer('.data/e2e-chaos'),
});
