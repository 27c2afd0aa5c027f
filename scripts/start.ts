/**
 * `npm start` (production build + scripts/serve.ts), `npm run dev` (--dev) and `npm run services`
 * (--services-only): starts the embedded reference services unless SERVICES_URL points at real
 * ones, waits until they answer, then builds and serves the storefront. Services that crash are
 * restarted (scripts/lib/supervisor.ts). Ctrl-C stops everything. REUSE_BUILD=1 serves the last
 * build again when no source file changed since it was made (scripts/lib/build-reuse.ts).
 */
import { existsSync, rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import {
  canReuseBuild,
  forgetBuild,
  keepBuild,
  restoreBuild,
  sourceFingerprint,
} from './lib/build-reuse';
import { devSecrets } from './lib/dev-secrets';
import { exitCode, run, waitForHttp } from './lib/processes';
import { supervise, type Supervised } from './lib/supervisor';

const dev = process.argv.includes('--dev');
const servicesOnly = process.argv.includes('--services-only');
if (existsSync('.env')) process.loadEnvFile('.env');

const port = process.env.PORT ?? '3000';
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const embedded = !process.env.SERVICES_URL;
const servicesPort = process.env.SERVICES_PORT ?? '4010';
// Skip the build when the sources have not changed since the last one (scripts/lib/build-reuse.ts).
const reuseBuild = process.env.REUSE_BUILD === '1';
const secrets = process.env.WEBHOOK_SECRET && process.env.ADMIN_TOKEN ? undefined : devSecrets();

const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...secrets,
  SERVICES_URL: process.env.SERVICES_URL ?? `http://127.0.0.1:${servicesPort}`,
  SERVICES_PORT: servicesPort,
  STOREFRONT_WEBHOOK_URL:
    process.env.STOREFRONT_WEBHOOK_URL ?? `http://127.0.0.1:${port}/api/revalidate`,
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
};

const children: ChildProcess[] = [];
let services: Supervised | undefined;
function stopAll(code: number): never {
  services?.stop();
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(130));
process.on('SIGTERM', () => stopAll(143));

async function main(): Promise<void> {
  if (embedded) {
    services = supervise({
      name: 'Reference services',
      spawn: () => run(process.execPath, ['--import', 'tsx', 'services/main.ts'], env),
      // Only an answer from this child counts, not one from an old services process still on the port.
      ready: (child) =>
        waitForHttp(
          `${env.SERVICES_URL}/__ops/health`,
          120_000,
          child,
          async (response) => ((await response.json()) as { pid?: number }).pid === child.pid,
        ),
      giveUp: (reason) => {
        console.error(reason);
        stopAll(1);
      },
    });
    await services.started;
    if (servicesOnly) {
      console.log(`Reference services on ${env.SERVICES_URL}`);
      return;
    }
  }
  const next = 'node_modules/next/dist/bin/next';
  if (dev) {
    children.push(run(process.execPath, [next, 'dev', '-p', port], env));
  } else {
    // Fetch-cache entries from an earlier build would bake old catalog data into this one.
    rmSync(`${distDir}/cache/fetch-cache`, { recursive: true, force: true });
    const fingerprint = reuseBuild ? sourceFingerprint() : undefined;
    if (reuseBuild && canReuseBuild(distDir, fingerprint)) {
      console.log(`REUSE_BUILD: sources unchanged since the build in ${distDir}, not building`);
      restoreBuild(distDir);
    } else {
      forgetBuild(distDir);
      const build = await exitCode(run(process.execPath, [next, 'build'], env));
      if (build !== 0) stopAll(build);
      if (reuseBuild) keepBuild(distDir, fingerprint);
    }
    const serve = [
      '--import',
      'tsx',
      'scripts/serve.ts',
      '--port',
      port,
      '--hostname',
      process.env.STOREFRONT_HOST ?? '127.0.0.1',
    ];
    children.push(run(process.execPath, serve, { ...env, NODE_ENV: 'production' }));
  }
  if (secrets)
    console.log(`\nAdmin API token for the embedded services is in .data/dev-secrets.json`);
  const code = await exitCode(children.at(-1)!);
  stopAll(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
