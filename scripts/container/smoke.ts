/**
 * `npm run test:container`: builds the real image, runs it the way deployments do (read-only
 * root, tmpfs on the writable paths, host network on 127.0.0.1), smoke-tests a product page and
 * the probes, stops it with SIGTERM and prints the image's size. Skips, saying why, where no
 * Docker engine answers (this machine's kind by default; deploy/container/README.md).
 * BASE_IMAGE (default storefront-base:local, made by deploy/container/make-base-image.sh when
 * missing) and IMAGE (default storefront:smoke) choose the images.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForHttp } from '../lib/processes';
import { freePort } from './free-port';

const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).trim();
const dockerLoud = (args: string[], env = process.env) =>
  execFileSync('docker', args, { stdio: 'inherit', env });

if (spawnSync('docker', ['info'], { stdio: 'ignore' }).status !== 0) {
  console.log('test:container skipped: no Docker engine answers `docker info`');
  process.exit(0);
}

const image = process.env.IMAGE || 'storefront:smoke';
const base = process.env.BASE_IMAGE || 'storefront-base:local';
if (!process.env.BASE_IMAGE && spawnSync('docker', ['image', 'inspect', base]).status !== 0)
  execFileSync('sh', ['deploy/container/make-base-image.sh', base], { stdio: 'inherit' });

// The build secrets, as a deployment passes them: an env file mounted as a BuildKit secret.
const work = mkdtempSync(join(tmpdir(), 'storefront-smoke-'));
const secretsFile = join(work, 'build.env');
writeFileSync(
  secretsFile,
  `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=${randomBytes(32).toString('base64')}\n`,
);
const started = Date.now();
dockerLoud(
  ['build', '--network=host', '--build-arg', `BASE_IMAGE=${base}`].concat([
    '--secret',
    `id=storefront_build,src=${secretsFile}`,
    '-t',
    image,
    '.',
  ]),
  { ...process.env, DOCKER_BUILDKIT: '1' },
);
rmSync(work, { recursive: true, force: true });
console.log(`Built ${image} in ${Math.round((Date.now() - started) / 1000)} s`);

const secrets = [
  '-e',
  'WEBHOOK_SECRET=smoke-webhook-secret-0123456789',
  '-e',
  'ADMIN_TOKEN=smoke-admin-token-0123456789',
];
const readOnly = ['--read-only', '--tmpfs', '/tmp', '--network=host', '--cap-drop=ALL'];
const names = {
  services: `storefront-smoke-services-${process.pid}`,
  storefront: `storefront-smoke-${process.pid}`,
};
const servicesPort = await freePort();
const port = await freePort();
const servicesUrl = `http://127.0.0.1:${servicesPort}`;
const url = `http://127.0.0.1:${port}`;

try {
  docker(
    ...['run', '-d', '--name', names.services, ...readOnly, ...secrets],
    ...['--tmpfs', '/app/.data:uid=10001,gid=10001', '-e', 'SERVICES_HOST=127.0.0.1'],
    ...['-e', `SERVICES_PORT=${servicesPort}`, image, 'services'],
  );
  await waitForHttp(`${servicesUrl}/__ops/health`, 180_000);
  docker(
    ...['run', '-d', '--name', names.storefront, ...readOnly, ...secrets],
    ...['--tmpfs', '/app/.next/cache:uid=10001,gid=10001,mode=0700'],
    ...['-e', 'HOSTNAME=127.0.0.1', '-e', `PORT=${port}`, '-e', `SERVICES_URL=${servicesUrl}`],
    image,
  );
  await waitForHttp(`${url}/api/health/live`, 120_000);
  const { items } = (await (await fetch(`${servicesUrl}/catalog/products?limit=1`)).json()) as {
    items: { slug: string; name: string }[];
  };
  const page = await fetch(`${url}/en-US/p/${items[0]!.slug}`);
  const html = await page.text();
  console.log(
    `GET /en-US/p/${items[0]!.slug}: ${page.status}, names the product: ${html.includes(items[0]!.name)}`,
  );
  const probes = [];
  for (const probe of ['live', 'ready']) {
    const response = await fetch(`${url}/api/health/${probe}`);
    probes.push(response.status);
    console.log(`GET /api/health/${probe}: ${response.status} ${await response.text()}`);
  }
  const stopping = Date.now();
  docker('stop', '--time', '30', names.storefront);
  const seconds = (Date.now() - stopping) / 1000;
  const exitCode = docker('inspect', '--format', '{{.State.ExitCode}}', names.storefront);
  console.log(`SIGTERM: exited with ${exitCode} after ${seconds.toFixed(1)} s`);
  const size = Number(docker('image', 'inspect', '--format', '{{.Size}}', image));
  console.log(`Image ${image}: ${(size / 1e6).toFixed(0)} MB`);
  const passed =
    page.status === 200 &&
    html.includes(items[0]!.name) &&
    probes.every((status) => status === 200) &&
    exitCode === '0' &&
    seconds < 30;
  if (!passed) {
    console.log(docker('logs', names.storefront));
    process.exitCode = 1;
  }
} finally {
  for (const name of Object.values(names))
    spawnSync('docker', ['rm', '-f', name], { stdio: 'ignore' });
}
