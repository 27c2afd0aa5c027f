import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForHttp } from '@/scripts/lib/processes';
import { canReuseBuild, sourceFingerprint } from '@/scripts/lib/build-reuse';
import { assembleImage } from '@/scripts/container/assemble';
import { buildWithServices } from '@/scripts/container/build-with-services';
import { freePort } from '@/scripts/container/free-port';
import { finalStage } from './dockerfile';
import { layImage, runImage } from './local-image';

/**
 * The image without a Docker engine: exactly the files the Dockerfile's final stage copies,
 * assembled from a production build into a temporary root, run as the image's user (when the
 * test runs as root) with the image's ENV and entry point, the reference services from the same
 * files. A file the image lacks fails a request here (nothing else is on the module path).
 *
 * The build: the e2e run's (.next-e2e) when it is of the current sources, else one of its own in
 * .next-container, kept and reused while the sources stay the same (scripts/lib/build-reuse.ts).
 */
const root = resolve(import.meta.dirname, '../..');
const stage = finalStage(join(root, 'Dockerfile'));
const secrets = {
  WEBHOOK_SECRET: 'image-test-webhook-secret-0123456789',
  ADMIN_TOKEN: 'image-test-admin-token-0123456789',
};
const BUILD_MINUTES = 15;

async function productionBuild(): Promise<string> {
  if (canReuseBuild(join(root, '.next-e2e'), sourceFingerprint(process.env))) return '.next-e2e';
  await buildWithServices('.next-container', true);
  return '.next-container';
}

describe('the container image, from its Dockerfile', () => {
  const work = mkdtempSync(join(tmpdir(), 'storefront-image-'));
  const imageRoot = join(work, 'root');
  const running: ChildProcess[] = [];
  const output: string[] = [];
  let servicesPort = 0;
  let base = '';
  let storefront: ChildProcess;

  const start = (args: string[], env: Record<string, string>) => {
    const child = runImage(stage, imageRoot, args, env);
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    running.push(child);
    return child;
  };

  // What a missing file looks like: the process's own words, not only "exited with 1".
  const answering = (url: string, child: ChildProcess) =>
    waitForHttp(url, 120_000, child).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${output.join('')}`);
    });

  beforeAll(async () => {
    const distDir = await productionBuild();
    await assembleImage(root, distDir, join(work, 'image'));
    // The stand-in for / must be enterable by the image's user, as / is.
    chmodSync(work, 0o755);
    layImage(stage, join(work, 'image'), imageRoot);
    servicesPort = await freePort();
    const services = start(['services'], {
      ...secrets,
      SERVICES_HOST: '127.0.0.1',
      SERVICES_PORT: String(servicesPort),
      SERVICES_LOG: 'silent',
      // A smaller catalog seeds faster; the page asked for is one the services name.
      CATALOG_SIZE: '2000',
    });
    await answering(`http://127.0.0.1:${servicesPort}/__ops/health`, services);
    const storefrontPort = await freePort();
    base = `http://127.0.0.1:${storefrontPort}`;
    storefront = start([], {
      ...secrets,
      HOSTNAME: '127.0.0.1',
      PORT: String(storefrontPort),
      SERVICES_URL: `http://127.0.0.1:${servicesPort}`,
    });
    await answering(`${base}/api/health/live`, storefront);
  }, BUILD_MINUTES * 60_000);

  afterAll(() => {
    for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  });

  it('serves a product page', async () => {
    const products = (await (
      await fetch(`http://127.0.0.1:${servicesPort}/catalog/products?limit=1`)
    ).json()) as { items: { slug: string; name: string }[] };
    const [product] = products.items;
    const page = await fetch(`${base}/en-US/p/${product!.slug}`);
    expect(page.status, output.join('')).toBe(200);
    expect(await page.text()).toContain(product!.name);
  });

  it('answers the probes', async () => {
    const live = await fetch(`${base}/api/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'live' });
    const ready = await fetch(`${base}/api/health/ready`);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      checks: { services: { ok: true } },
    });
  });

  it('drains and exits 0 on SIGTERM', async () => {
    const exited = new Promise((settle) => storefront.once('exit', settle));
    storefront.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
