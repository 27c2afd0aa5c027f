import { CHROMIUM_ARGS, chromiumExecutable } from './browser';
import { stack } from './stack';

/**
 * What the single-instance and the cluster Playwright projects share: one worker in order (the
 * tests count requests on a shared stack), the Chromium from Debian, and the stack's secrets
 * and service settings.
 */
export const sharedRunner = {
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']] as [string][],
  timeout: 60_000,
};

export function sharedUse(baseURL: string) {
  return {
    baseURL,
    trace: 'retain-on-failure' as const,
    // A service worker would answer repeat visits from its caches and throw off the tests that
    // count requests (RUM, exposures, ISR); e2e/pwa.spec.ts allows it.
    serviceWorkers: 'block' as const,
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  };
}

/** The stack's environment beyond its ports and folders. */
export const stackEnv = {
  SERVICES_TEST_CONTROLS: '1',
  SERVICES_LOG: 'silent',
  WEBHOOK_SECRET: stack.webhookSecret,
  ADMIN_TOKEN: stack.adminToken,
  METRICS_TOKEN: stack.metricsToken,
  OPS_TOKEN: stack.opsToken,
  FLAGS_SECRET: stack.flagsSecret,
  SERVICE_RETRIES: '1',
  SERVICE_TIMEOUT_MS: '2000',
};

/**
 * The single-instance stack as Playwright's web server: `npm start`'s script on the e2e ports,
 * serving the e2e build (REUSE_BUILD: built once, kept for the other projects), with its own
 * services data in `dataDir`. `env` adds to the stack's environment.
 */
export function storefrontWebServer(dataDir: string, env: Record<string, string> = {}) {
  return {
    command: `rm -rf ${dataDir} && tsx scripts/start.ts`,
    url: `${stack.storefrontUrl}/en-US`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe' as const,
    env: {
      PORT: '3100',
      SERVICES_PORT: '4110',
      SERVICES_DATA_DIR: dataDir,
      MAIL_CATCHER_SMTP_PORT: '4125',
      MAIL_CATCHER_PORT: '4126',
      NEXT_DIST_DIR: '.next-e2e',
      REUSE_BUILD: '1',
      ...stackEnv,
      ...env,
    },
  };
}
