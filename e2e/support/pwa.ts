import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { CACHE_NAMES } from '../../lib/pwa/worker-protocol';
import { stack } from './stack';

/** Waits until the service worker controls the page (it registers once the page is idle). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** Waits until the worker has kept `path` in its pages cache. */
export async function waitForSavedPage(page: Page, path: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        async ({ cacheName, wanted }) =>
          (await (await caches.open(cacheName)).keys()).some(
            (request) => new URL(request.url).pathname === wanted,
          ),
        { cacheName: CACHE_NAMES.pages, wanted: path },
      ),
    )
    .toBe(true);
}

/**
 * Waits until the worker has kept the file `image` shows. The page and its images are kept by
 * separate requests, each stored when its own response is in, so one can land before the other.
 */
export async function waitForSavedImage(page: Page, image: Locator): Promise<void> {
  const source = await image.evaluate((element: HTMLImageElement) => element.currentSrc);
  await expect
    .poll(() =>
      page.evaluate(
        async ({ cacheName, url }) =>
          Boolean(await (await caches.open(cacheName)).match(url, { ignoreVary: true })),
        { cacheName: CACHE_NAMES.images, url: source },
      ),
    )
    .toBe(true);
}

/**
 * A real second `next build` of the same source into `distDir`, against the suite's services:
 * a new build has a new build id, so a new service worker.
 */
export async function buildStorefront(distDir: string): Promise<void> {
  rmSync(distDir, { recursive: true, force: true });
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      SERVICES_URL: stack.servicesUrl,
      WEBHOOK_SECRET: stack.webhookSecret,
      ADMIN_TOKEN: stack.adminToken,
      FLAGS_SECRET: stack.flagsSecret,
      STOREFRONT_BUILD_ID: '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`next build into ${distDir} failed (${code}):\n${log}`);
}
