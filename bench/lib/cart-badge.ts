import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/support/browser';

/**
 * "The badge updates in the same frame": measured inside the page, because only the page knows
 * which animation frame a DOM change lands in. A rAF loop counts frames; the click (capture
 * phase, before React sees it) and the badge's first mutation each note the frame counter. The
 * same counter at both means the new count is painted in the frame the click landed in.
 *
 * Plain JavaScript in a string: functions handed to page.evaluate would be compiled by tsx,
 * which may add helpers (`__name`) that do not exist in the page. No waitForFunction either:
 * it evaluates strings in the page, which the site's CSP (no 'unsafe-eval') refuses.
 */
const IN_PAGE = `(() => {
  const bench = { frame: 0, result: {} };
  const tick = () => { bench.frame++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  bench.arm = () => {
    const result = {};
    bench.result = result;
    // Resolves when the drawer lists the server's cart, or the page shows why it refused.
    let settle;
    bench.settled = new Promise((resolve) => { settle = resolve; });
    const button = [...document.querySelectorAll('main button[type="submit"]')].find((b) => b.textContent.trim() === 'Add to cart');
    const link = document.querySelector('header a[href$="/cart"]');
    if (!button || !link) throw new Error('no "Add to cart" button or header cart link on the page');
    button.addEventListener('click', () => { result.clickAt = performance.now(); result.clickFrame = bench.frame; }, { capture: true, once: true });
    // The count is a <span data-testid="cart-count"> inside the link: inserted at 1, its text changed after.
    const badge = new MutationObserver(() => {
      if (result.clickAt === undefined) return;
      result.badgeAt = performance.now();
      result.badgeFrame = bench.frame;
      result.badgeText = link.querySelector('[data-testid="cart-count"]')?.textContent ?? null;
      badge.disconnect();
    });
    badge.observe(link, { childList: true, subtree: true, characterData: true });
    // The drawer opens once the server answered, listing the cart's lines.
    const drawer = new MutationObserver(() => {
      if (result.clickAt === undefined) return;
      const alert = document.querySelector('main [role="alert"]')?.textContent;
      if (alert) result.alert = alert;
      else if (document.querySelector('dialog[open] li')) {
        result.drawerAt = performance.now();
        const request = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/cart/lines')).at(-1);
        result.requestMs = request ? request.duration : null;
      } else return;
      drawer.disconnect();
      settle();
    });
    drawer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['open'] });
  };
  window.__cartBench = bench;
})();`;

interface InPageResult {
  clickAt?: number;
  clickFrame?: number;
  badgeAt?: number;
  badgeFrame?: number;
  badgeText?: string | null;
  drawerAt?: number;
  requestMs?: number | null;
  alert?: string;
}

export interface BadgeSample {
  run: number;
  add: number;
  /** Animation frames between the click and the badge change; 0 = same frame. */
  frames: number;
  badgeMs: number;
  badgeText: string | null;
  /** Click until the drawer lists the server's cart. */
  drawerMs: number;
  /** The POST as the browser's resource timing saw it. */
  requestMs: number | null;
}

const WAIT_MS = 15_000;

/** One click on "Add to cart" with the observers armed; the drawer is closed again afterwards. */
async function measuredAdd(page: Page, run: number, add: number): Promise<BadgeSample> {
  await page.evaluate('window.__cartBench.arm()');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`add ${add} of run ${run}: no drawer after ${WAIT_MS} ms`)),
      WAIT_MS,
    ).unref(),
  );
  await Promise.race([page.evaluate('window.__cartBench.settled'), timeout]);
  const result = (await page.evaluate('window.__cartBench.result')) as InPageResult;
  if (
    result.clickAt === undefined ||
    result.clickFrame === undefined ||
    result.badgeAt === undefined ||
    result.badgeFrame === undefined ||
    result.drawerAt === undefined
  ) {
    throw new Error(
      `add ${add} of run ${run} did not complete: ${result.alert ?? JSON.stringify(result)}`,
    );
  }
  const drawer = page.getByRole('dialog', { name: 'Your cart' });
  await drawer.waitFor({ state: 'visible', timeout: WAIT_MS });
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden', timeout: WAIT_MS });
  return {
    run,
    add,
    frames: result.badgeFrame - result.clickFrame,
    badgeMs: result.badgeAt - result.clickAt,
    badgeText: result.badgeText ?? null,
    drawerMs: result.drawerAt - result.clickAt,
    requestMs: result.requestMs ?? null,
  };
}

/**
 * Each run is a fresh context (no cart, empty HTTP cache): the first add shows the badge and
 * loads the drawer's code, the second changes the count with the drawer code already there.
 */
async function measureRun(
  browser: Browser,
  productUrl: string,
  run: number,
): Promise<BadgeSample[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: IN_PAGE });
    await page.goto(productUrl, { waitUntil: 'networkidle' });
    // Live stock has loaded by now (networkidle), so enabled sizes are in stock.
    await page
      .getByRole('group', { name: 'Size' })
      .locator('input:not([disabled])')
      .first()
      .check({ force: true });
    return [await measuredAdd(page, run, 1), await measuredAdd(page, run, 2)];
  } finally {
    await context.close();
  }
}

export async function measureBadge(productUrl: string, runs: number): Promise<BadgeSample[]> {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    const samples: BadgeSample[] = [];
    for (let run = 1; run <= runs; run++)
      samples.push(...(await measureRun(browser, productUrl, run)));
    return samples;
  } finally {
    await browser.close();
  }
}
