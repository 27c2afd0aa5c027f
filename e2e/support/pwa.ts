import { spawn } from 'node:child_process';
import { constants, cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
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
 * Has the browser look for a new version of the worker now, as the app does every hour, and
 * waits (by the registration's lifecycle events) until it has installed and waits to take over.
 * The browser also looks by itself after a navigation, but only once the page has sent nothing
 * through the worker for a second, which on a busy page or machine can be half a minute away.
 * Gives up after `timeoutMs`, naming the stage the new worker got to.
 */
export async function updateServiceWorker(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.evaluate(async (timeout) => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('No service worker registration');
    const waiting = new Promise<void>((resolve, reject) => {
      const settle = () => {
        if (registration.waiting) resolve();
      };
      const follow = (worker: ServiceWorker | null) =>
        worker?.addEventListener('statechange', settle);
      follow(registration.installing);
      registration.addEventListener('updatefound', () => follow(registration.installing));
      settle();
      setTimeout(() => {
        const state = (worker: ServiceWorker | null) => worker?.state ?? 'none';
        reject(
          new Error(
            `No new worker waiting after ${timeout} ms: installing ${state(registration.installing)}, active ${state(registration.active)}`,
          ),
        );
      }, timeout);
    });
    await registration.update();
    await waiting;
  }, timeoutMs);
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
  // Turbopack's cache of the suite's own build: the same sources compile in seconds instead of
  // over a minute. Only compiled modules come from it; the build id, and so the worker, are new.
  const compiled = path.join('.next-e2e', 'cache', 'turbopack');
  if (existsSync(compiled))
    cpSync(compiled, path.join(distDir, 'cache', 'turbopack'), {
      recursive: true,
      mode: constants.COPYFILE_FICLONE,
    });
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
