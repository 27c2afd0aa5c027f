/**
 * The manifest's screenshots (Chrome's richer install dialog), taken from a running storefront
 * in Chromium, in every locale: the home page on a phone (narrow) and a category page on a
 * desktop (wide).
 * Sizes, file names and type come from lib/pwa/web-manifest.ts. The files are committed; run
 * again when the pages change look:
 *   npx tsx scripts/pwa-screenshots.ts [base URL, default $STOREFRONT_URL or http://localhost:3000] [--category=<slug>]
 * The Japanese pages need a CJK font on the machine (Debian: `apt-get install fonts-ipafont-gothic`);
 * without one their text is drawn as empty boxes.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/browser';
import { locales, type Locale } from '../lib/i18n/markets';
import { PWA_SCREENSHOTS, screenshotSrc, type PwaScreenshot } from '../lib/pwa/web-manifest';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { category: { type: 'string' } },
});
const base = (positionals[0] ?? process.env.STOREFRONT_URL ?? 'http://localhost:3000').replace(
  /\/$/,
  '',
);
/** Larger files slow the install dialog on the phones it is for. */
const MAX_BYTES = 150 * 1024;

/** A page as a shopper sees it once loaded: images decoded, no caret or running animation. */
async function capture(page: Page, path: string): Promise<Buffer> {
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  // Only images in view: lazy ones below the fold or in a closed menu never load, so never complete.
  await page.waitForFunction(() =>
    Array.from(document.images).every((image) => {
      const box = image.getBoundingClientRect();
      return image.complete || box.width === 0 || box.top >= window.innerHeight;
    }),
  );
  return page.screenshot({ animations: 'disabled', caret: 'hide' });
}

/** WebP at the highest quality that fits the budget (photos of products compress unevenly). */
async function save(png: Buffer, locale: Locale, shot: PwaScreenshot): Promise<void> {
  const path = join('public', screenshotSrc(locale, shot));
  mkdirSync(dirname(path), { recursive: true });
  for (const quality of [80, 72, 64, 56, 48]) {
    const webp = await sharp(png)
      .resize(shot.width, shot.height)
      .webp({ quality, effort: 6 })
      .toBuffer();
    if (webp.length <= MAX_BYTES || quality === 48) {
      writeFileSync(path, webp);
      console.log(`${path} ${shot.width}x${shot.height} q${quality} ${statSync(path).size} B`);
      return;
    }
  }
}

async function narrow(browser: Browser, locale: Locale): Promise<void> {
  const shot = PWA_SCREENSHOTS.narrow;
  const scale = 2;
  const context = await browser.newContext({
    viewport: { width: shot.width / scale, height: shot.height / scale },
    deviceScaleFactor: scale,
    isMobile: true,
    hasTouch: true,
    locale,
  });
  await save(await capture(await context.newPage(), `/${locale}`), locale, shot);
  await context.close();
}

async function wide(browser: Browser, locale: Locale): Promise<void> {
  const shot = PWA_SCREENSHOTS.wide;
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height },
    locale,
  });
  const page = await context.newPage();
  let slug = values.category;
  if (!slug) {
    // The first category the home page links to: whatever the seeded catalog calls it.
    await page.goto(`${base}/${locale}`, { waitUntil: 'domcontentloaded' });
    const href = await page.locator(`a[href^="/${locale}/c/"]`).first().getAttribute('href');
    slug = href?.split('/')[3];
    if (!slug) throw new Error(`No category link on ${base}/${locale}; pass --category=<slug>.`);
  }
  await save(await capture(page, `/${locale}/c/${slug}`), locale, shot);
  await context.close();
}

const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: CHROMIUM_ARGS,
});
try {
  for (const locale of locales) {
    await narrow(browser, locale);
    await wide(browser, locale);
  }
} finally {
  await browser.close();
}
