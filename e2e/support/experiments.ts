import {
  devices,
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from '@playwright/test';
import type { ExperimentResults } from '@/lib/services/events/client';
import { stack } from './stack';

/** The en-US hero headline of each `home-hero` variant (messages/en-US.json). */
export const HERO_HEADLINES: Record<string, string> = {
  brand: 'New season, same fair prices',
  'best-sellers': 'Best sellers, back in stock',
};

export const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const expectVisitorId = (value: string | undefined) => expect(value).toMatch(UUID);

/**
 * A browser of its own for one visitor, from a client address of its own (the exposure
 * collector rate-limits per first X-Forwarded-For hop). `phone` is an iPhone 13 in the suite's
 * Chromium: the descriptor without its browser type.
 */
export async function visitorContext(
  browser: Browser,
  clientAddress: string,
  options: { phone?: boolean; userAgent?: string } = {},
): Promise<BrowserContext> {
  const { defaultBrowserType: _webkit, ...iPhone } = devices['iPhone 13'];
  const context = await browser.newContext({
    baseURL: stack.storefrontUrl,
    ...(options.phone ? iPhone : {}),
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': clientAddress });
  return context;
}

/** The page's `experiments` meta as experiment → variant; null when the page has none. */
export async function pageVariants(page: Page): Promise<Record<string, string> | null> {
  const meta = page.locator('meta[name="experiments"]');
  if ((await meta.count()) === 0) return null;
  return parseLabel(await meta.getAttribute('content'));
}

/** The same from HTML fetched without a browser. */
export function htmlVariants(html: string): Record<string, string> | null {
  const tag = /<meta\b[^>]*\bname="experiments"[^>]*>/.exec(html)?.[0];
  return tag ? parseLabel(/\bcontent="([^"]*)"/.exec(tag)?.[1] ?? '') : null;
}

function parseLabel(label: string | null): Record<string, string> {
  return Object.fromEntries(
    (label ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split(':') as [string, string]),
  );
}

/** The home-hero variant the page was rendered for, checked against the headline it shows. */
export async function homeHeroVariant(page: Page): Promise<string> {
  const variant = (await pageVariants(page))?.['home-hero'];
  expect(variant, 'home-hero in the experiments meta').toBeDefined();
  await expect(page.locator('main h1')).toHaveText(HERO_HEADLINES[variant!]!);
  return variant!;
}

/** `position` of the box around the product page's add-to-cart button (the sticky variant's bar). */
export function addToCartBarPosition(page: Page): Promise<string> {
  return page
    .locator('main')
    .getByRole('button', { name: 'Add to cart' })
    .evaluate((button) => getComputedStyle(button.parentElement!).position);
}

export const isExposurePost = (request: Request) =>
  request.method() === 'POST' && new URL(request.url()).pathname === '/api/events';

/** Every exposure post the context's pages make, as Playwright sees them on the network. */
export function captureExposurePosts(context: BrowserContext): Request[] {
  const posts: Request[] = [];
  context.on('request', (request) => {
    if (isExposurePost(request)) posts.push(request);
  });
  return posts;
}

/**
 * Lets a test see the exposure logic decide: each document of the context records in `window`
 * every `exposure:*` key it reads from sessionStorage (the once-per-session check that comes
 * before a beacon) and every beacon it sends to /api/events. Both happen in the same task, so
 * once a check has been seen, a beacon it led to has been counted.
 */
export async function watchExposureChecks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen = window as unknown as { exposureChecks: string[]; exposureBeacons: number };
    seen.exposureChecks = [];
    seen.exposureBeacons = 0;
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (this: Storage, key: string) {
      if (key.startsWith('exposure:')) seen.exposureChecks.push(key);
      return getItem.call(this, key);
    };
    const sendBeacon = Navigator.prototype.sendBeacon;
    Navigator.prototype.sendBeacon = function (
      this: Navigator,
      url: string | URL,
      data?: BodyInit | null,
    ) {
      if (new URL(url, location.href).pathname === '/api/events') seen.exposureBeacons++;
      return sendBeacon.call(this, url, data);
    };
  });
}

export function exposureChecks(page: Page): Promise<{ checks: string[]; beacons: number }> {
  return page.evaluate(() => {
    const seen = window as unknown as { exposureChecks: string[]; exposureBeacons: number };
    return { checks: [...seen.exposureChecks], beacons: seen.exposureBeacons };
  });
}

/** Visitors per variant of an experiment, straight from the events service. */
export async function exposedVisitors(
  request: APIRequestContext,
  experiment: string,
): Promise<Record<string, number>> {
  const response = await request.get(
    `${stack.servicesUrl}/events/experiments/${experiment}/results?metric=add_to_cart`,
  );
  expect(response.status()).toBe(200);
  const results = (await response.json()) as ExperimentResults;
  expect(results).toMatchObject({ experiment, metric: 'add_to_cart' });
  return Object.fromEntries(results.variants.map((row) => [row.variant, row.visitors]));
}

/** `counts` with `variant` one higher, for comparing results before and after one visitor. */
export function plusOne(counts: Record<string, number>, variant: string): Record<string, number> {
  return { ...counts, [variant]: (counts[variant] ?? 0) + 1 };
}
