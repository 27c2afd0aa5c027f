import { devSecrets, type DevSecrets } from './dev-secrets';

/**
 * What `npm start` and `npm run cluster` read from the environment, and the environment they
 * hand to the services, the build and the storefront servers. Pure but for `stackSecrets`.
 */
export interface StackSettings {
  /** The storefront's public port: the server's under `npm start`, the balancer's in a cluster. */
  port: string;
  distDir: string;
  /** No SERVICES_URL: run the embedded reference services. */
  embedded: boolean;
  servicesPort: string;
  /**
   * Skip the build when no source or setting changed (scripts/lib/build-reuse.ts); REUSE_BUILD=0
   * builds anyway.
   */
  reuseBuild: boolean;
  /**
   * STOREFRONT_SERVER: `custom` (scripts/serve.ts) or `next` (plain `next start`, the way hosts
   * without a custom server run it: experiments in the proxy, RUM in the route handler).
   */
  server: 'custom' | 'next';
}

type Env = Record<string, string | undefined>;

export function stackSettings(env: Env): StackSettings {
  return {
    port: env.PORT || '3000',
    distDir: env.NEXT_DIST_DIR || '.next',
    embedded: !env.SERVICES_URL,
    servicesPort: env.SERVICES_PORT || '4010',
    reuseBuild: env.REUSE_BUILD !== '0',
    server: storefrontServer(env.STOREFRONT_SERVER),
  };
}

function storefrontServer(value: string | undefined): 'custom' | 'next' {
  if (!value || value === 'custom') return 'custom';
  if (value === 'next') return 'next';
  throw new Error(`STOREFRONT_SERVER must be "custom" or "next", not "${value}"`);
}

/**
 * The secrets the environment leaves out, from .data/dev-secrets.json (generated on first use).
 * None when the webhook secret and admin token are both set: the stack is then configured from
 * outside (e2e, a deployment), and nothing is written into .data.
 */
export function stackSecrets(env: Env = process.env): Partial<DevSecrets> | undefined {
  return env.WEBHOOK_SECRET && env.ADMIN_TOKEN ? undefined : devSecrets(undefined, env);
}

/**
 * The environment of every process of the stack: services, build and storefront servers agree
 * on the services' URL, the secrets and the webhook target (the public port, so a webhook
 * reaches the balancer in a cluster and any instance can take it).
 */
export function stackEnv(
  env: NodeJS.ProcessEnv,
  settings: StackSettings,
  secrets: Partial<DevSecrets> | undefined,
): NodeJS.ProcessEnv {
  const { port, servicesPort } = settings;
  return {
    ...env,
    ...secrets,
    SERVICES_URL: env.SERVICES_URL || `http://127.0.0.1:${servicesPort}`,
    SERVICES_PORT: servicesPort,
    STOREFRONT_WEBHOOK_URL: env.STOREFRONT_WEBHOOK_URL || `http://127.0.0.1:${port}/api/revalidate`,
    SITE_URL: env.SITE_URL || `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
}
