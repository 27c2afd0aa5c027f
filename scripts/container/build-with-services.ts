import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { superviseServices } from '../lib/reference-services';
import { buildOrReuse } from '../lib/storefront-build';
import { freePort } from './free-port';

/**
 * `next build` into `distDir` (or, with `reuse`, the build already there when no source changed:
 * scripts/lib/build-reuse.ts), with embedded reference services of its own answering on a free
 * loopback port while it runs: the build prerenders the best sellers from the catalog. Nothing
 * of them outlives the build: throwaway secrets, data in a temporary folder.
 *
 * REDIS_URL is left out on purpose: the image decides about the shared cache when it starts
 * (scripts/container/next-config.ts), over a build made without one.
 */
export async function buildWithServices(distDir: string, reuse: boolean): Promise<void> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'storefront-build-services-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REDIS_URL: undefined,
    // What `next build` sets by itself, stated because a test runner's "test" would otherwise
    // reach next.config.ts (development security headers).
    NODE_ENV: 'production',
    WEBHOOK_SECRET: process.env.WEBHOOK_SECRET || randomBytes(24).toString('hex'),
    ADMIN_TOKEN: process.env.ADMIN_TOKEN || randomBytes(24).toString('hex'),
    SERVICES_HOST: '127.0.0.1',
    SERVICES_PORT: String(port),
    SERVICES_URL: `http://127.0.0.1:${port}`,
    SERVICES_DATA_DIR: dataDir,
    SERVICES_LOG: 'silent',
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  // Services that give up leave the build without a catalog: it fails, saying why.
  const services = superviseServices(env, (reason) => console.error(reason));
  try {
    await services.started;
    const code = await buildOrReuse(distDir, env, reuse);
    if (code !== 0) throw new Error(`next build exited with ${code}`);
  } finally {
    services.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
