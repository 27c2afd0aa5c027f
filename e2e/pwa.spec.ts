import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './support/browser';
import { addSize, cartDrawer, openProductWithSizes } from './support/cart';
import {
  buildStorefront,
  updateServiceWorker,
  waitForSavedImage,
  waitForSavedPage,
  waitForServiceWorker,
} from './support/pwa';
import { colorfulProduct, listProducts } from './support/services';
import { startStorefrontServer } from './support/storefront-server';
import { CACHE_NAMES } from '../lib/pwa/worker-protocol';

// The rest of the suite blocks service workers (playwright.config.ts); these tests are about it.
test.use({ serviceWorkers: 'allow' });

test('the service worker controls the page and Chrome finds the app installable', async ({
  baseURL,
}) => {
  // Chrome never offers installing from an incognito-like context, which a fresh one is.
  const profile = mkdtempSync(path.join(tmpdir(), 'pwa-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
    baseURL,
  });
  try {
    const page = await context.newPage();
    await page.goto('/de-DE');
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
      lang: 'de-DE',
      display: 'standalone',
    });
    await expect
      .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors)
      .toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a visited product opens offline, marked as a saved copy; an unvisited one shows the offline page', async ({
  page,
  context,
  request,
}) => {
  const product = await openProductWithSizes(page, request);
  const path = `/en-US/p/${product.slug}`;
  await waitForServiceWorker(page);
  await waitForSavedPage(page, path);
  await waitForSavedImage(page, page.locator('main img').first());

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.name);
  await expect(page.getByTestId('offline-banner')).toContainText(
    /You're offline\. This is the copy saved .+; prices may have changed since\./,
  );
  // The gallery's first image was loaded before the worker existed, and is kept all the same.
  await expect
    .poll(() =>
      page
        .locator('main img')
        .first()
        .evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
    )
    .toBe(true);

  await page.getByRole('combobox', { name: 'Search products' }).fill('wool');
  await page.getByRole('combobox', { name: 'Search products' }).press('Enter');
  await expect(page.getByTestId('search-offline')).toHaveText(/Search needs a connection/);
  expect(new URL(page.url()).pathname).toBe(path);

  const [, unvisited] = await listProducts(
    request,
    'category=c003&sort=popular&limit=2&locale=en-US&currency=USD',
  );
  await page.goto(`/en-US/p/${unvisited!.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("You're offline");
  const saved = page.getByTestId('saved-pages').getByRole('link', { name: product.name });
  await expect(saved).toBeVisible();
  await saved.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.name);

  // The cart is never kept: offline it explains why.
  await page.goto('/en-US/cart');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("You're offline");
  await expect(page.getByText('Your cart and checkout need a connection')).toBeVisible();
});

test('offline, a saved product still shows the lead image of every colour', async ({
  page,
  context,
  request,
}) => {
  const { slug, colors } = await colorfulProduct(request, 'en-US', 'USD');
  const path = `/en-US/p/${slug}`;
  await page.goto(path);
  await waitForServiceWorker(page);
  // Controlled from the next load on: that load warms every colour's lead once it is idle.
  await page.reload();
  await waitForSavedPage(page, path);
  const lead = (color: string) => page.locator(`[data-color-gallery="${color}"] img`).first();
  for (const { value } of colors) {
    // Hidden galleries have not asked for their images; the warm-up fetched the same file.
    await expect
      .poll(() =>
        page.evaluate(
          async ({ color, cacheName }) => {
            const images = await caches.open(cacheName);
            const keys = await images.keys();
            return keys.some((key) => decodeURIComponent(key.url).includes(`/${color}/0.webp`));
          },
          { color: value, cacheName: CACHE_NAMES.images },
        ),
      )
      .toBe(true);
  }

  await context.setOffline(true);
  await page.reload();
  const last = colors[colors.length - 1]!;
  await page.locator(`label:has(input[name="color"][value="${last.value}"])`).click();
  await expect(lead(last.value)).toBeVisible();
  await expect
    .poll(() =>
      lead(last.value).evaluate(
        (image: HTMLImageElement) => image.complete && image.naturalWidth > 0,
      ),
    )
    .toBe(true);
});

test('added to the cart offline, the item is added once when the connection returns', async ({
  page,
  context,
  request,
}) => {
  const product = await openProductWithSizes(page, request);
  // The drawer, seen once online (empty), stays open through the drop and the replay.
  const cartLink = page.getByRole('banner').getByRole('link', { name: /^Cart/ });
  await cartLink.click();
  await expect(cartDrawer(page).getByText('Your cart is empty.')).toBeVisible();
  await page.keyboard.press('Escape');

  await context.setOffline(true);
  await addSize(page);
  await expect(page.getByTestId('pending-offline')).toHaveText(
    '1 item waits for a connection and will be added to your cart when you are back online.',
  );
  await expect(page.getByTestId('cart-count')).toHaveText('1');
  const queued = await page.evaluate(() => localStorage.getItem('cart-pending-adds'));
  await cartLink.click();
  await expect(cartDrawer(page).getByTestId('cart-waiting')).toHaveText(
    /^You're offline: your cart will update when you're back online\./,
  );
  await expect(page.getByTestId('cart-count')).toHaveText('1');

  await context.setOffline(false);
  await expect(page.getByTestId('pending-adds-notice')).toHaveText(
    '1 item you added offline is now in your cart.',
  );
  await expect(cartDrawer(page).locator('li')).toContainText(product.name);
  await expect(cartDrawer(page).getByTestId('cart-waiting')).toHaveCount(0);
  await expect(page.getByTestId('pending-offline')).toHaveText('');
  const lines = async () =>
    (
      (await (await page.request.get('/api/cart?locale=en-US')).json()) as {
        cart: { lines: { quantity: number }[] };
      }
    ).cart.lines;
  expect((await lines()).map((line) => line.quantity)).toEqual([1]);

  // The same queued add sent again (another tab, an answer lost on the way): still one item.
  await page.evaluate(
    (entries) => localStorage.setItem('cart-pending-adds', entries ?? '[]'),
    queued,
  );
  await page.reload();
  await expect(page.getByTestId('pending-adds-notice')).toHaveText(
    '1 item you added offline is now in your cart.',
  );
  expect((await lines()).map((line) => line.quantity)).toEqual([1]);
  await expect(page.getByTestId('cart-count')).toHaveText('1');
});

test('a new build’s service worker offers the new version and reloads into it', async ({
  page,
}) => {
  test.setTimeout(10 * 60_000);
  const first = await startStorefrontServer();
  const port = Number(new URL(first.url).port);
  try {
    await page.goto(`${first.url}/en-US`);
    await waitForServiceWorker(page);
    const firstWorker = await page.evaluate(
      async () => (await navigator.serviceWorker.ready).active?.scriptURL,
    );
    expect(firstWorker).toContain('/serwist/sw.js');
  } finally {
    await first.stop();
  }

  await buildStorefront('.next-e2e-update');
  const second = await startStorefrontServer({ distDir: '.next-e2e-update', port });
  try {
    await page.reload();
    // The new worker installs while the page loads and, once idle, registers its own: the notice
    // must come in whichever order the two finish.
    await updateServiceWorker(page);
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'A new version of the store is available.' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForEvent('load');
    await expect(notice).toBeHidden();
    const waiting = await page.evaluate(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    );
    expect(waiting).toBe(false);
  } finally {
    await second.stop();
  }
});
