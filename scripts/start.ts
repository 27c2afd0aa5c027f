/**
 * `npm start` (production build + scripts/serve.ts), `npm run dev` (--dev) and `npm run services`
 * (--services-only): starts the embedded reference services unless SERVICES_URL points at real
 * ones (with a mail catcher for their mail unless SMTP_URL is set, scripts/lib/local-mail.ts),
 * waits until they answer, then builds and serves the storefront. Services and the
 * production storefront that crash or hang are restarted (scripts/lib/supervisor.ts); a services
 * crash loop pauses and retries while the storefront goes on serving cached pages. Ctrl-C stops
 * everything. The last build is served again
 * when no source file changed since it was made (scripts/lib/build-reuse.ts); REUSE_BUILD=0
 * builds anyway.
 * `npm run cluster` (scripts/cluster.ts) runs several servers of one build behind a balancer.
 */
import { existsSync } from 'node:fs';
import { exitCode, run } from './lib/processes';
import { startLocalMail } from './lib/local-mail';
import { superviseServices } from './lib/reference-services';
import { superviseStorefront } from './lib/supervised-storefront';
import { shutdownOnSignals } from './lib/shutdown';
import { stackEnv, stackSecrets, stackSettings } from './lib/stack-env';
import { buildOrReuse, NEXT_BIN, serveArgs } from './lib/storefront-build';

const dev = process.argv.includes('--dev');
const servicesOnly = process.argv.includes('--services-only');
if (existsSync('.env')) process.loadEnvFile('.env');

const settings = stackSettings(process.env);
const { port, distDir, embedded } = settings;
const secrets = stackSecrets();
const env = stackEnv(process.env, settings, secrets);
const shutdown = shutdownOnSignals();

async function main(): Promise<void> {
  if (embedded) {
    // First, so the services' first mail finds it; stopped last.
    const mail = await startLocalMail(process.env, embedded);
    if (mail) env.SMTP_URL = shutdown.add(mail).smtpUrl;
    await shutdown.add(superviseServices(env, shutdown.fail)).started;
    if (servicesOnly) {
      console.log(`Reference services on ${env.SERVICES_URL}`);
      return;
    }
  }
  if (dev) {
    const server = shutdown.child(run(process.execPath, [NEXT_BIN, 'dev', '-p', port], env));
    shutdown.stopAll(await exitCode(server));
  }
  const build = await buildOrReuse(distDir, env, settings.reuseBuild);
  if (build !== 0) shutdown.stopAll(build);
  const hostname = process.env.STOREFRONT_HOST ?? '127.0.0.1';
  const args =
    settings.server === 'next'
      ? [NEXT_BIN, 'start', '-p', port, '-H', hostname]
      : serveArgs(port, hostname);
  const storefront = superviseStorefront(
    args,
    { ...env, NODE_ENV: 'production' },
    // Probed where it listens; a wildcard address answers on loopback too.
    `http://${['0.0.0.0', '::'].includes(hostname) ? '127.0.0.1' : hostname}:${port}`,
    shutdown.fail,
  );
  await shutdown.add(storefront).started;
  if (secrets)
    console.log(`\nAdmin API token for the embedded services is in .data/dev-secrets.json`);
}

main().catch((error: unknown) => shutdown.fail(error instanceof Error ? error.message : error));
