import { chromium, devices, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/support/browser';
import { PageRecorder } from './inp-page';

/** A mid-range phone: Pixel 7's viewport, DPR, UA and touch (taps, not mouse clicks). */
const { defaultBrowserType: _browserName, ...PHONE } = devices['Pixel 7'];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  return chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
}

export interface OpenedPage {
  page: Page;
  recorder: PageRecorder;
  /** From the load event to the moment the bench was ready to tap (hydrated, one idle callback). */
  readyAfterLoadMs: number;
  close: () => Promise<void>;
}

/** Longest the bench waits for an idle callback after hydration: a shopper does not wait. */
const IDLE_CAP_MS = 1_000;
const HYDRATION_TIMEOUT_MS = 30_000;

/**
 * A fresh context (empty cache, no cookies, no service worker) with the CPU slowed from before
 * the navigation, so hydration competes with taps as on a phone. Ready means: the load event,
 * React attached to `hydratedSelector` (before that a tap reaches no handler, and the bench would
 * time the browser's default action instead), and one idle callback capped at IDLE_CAP_MS. The
 * after-load work (service worker registration, RUM) is deliberately not waited out.
 */
export async function openPage(
  browser: Browser,
  url: string,
  hydratedSelector: string,
  cpuSlowdown: number,
): Promise<OpenedPage> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const recorder = await PageRecorder.attach(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await waitForHydration(page, hydratedSelector);
    await page.evaluate(
      `new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: ${IDLE_CAP_MS} }))`,
    );
    const readyAfterLoadMs = (await page.evaluate(
      "performance.now() - performance.getEntriesByType('navigation')[0].loadEventEnd",
    )) as number;
    return { page, recorder, readyAfterLoadMs, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** React 19 puts its props on each DOM node it has hydrated (`__reactProps$…`). */
async function waitForHydration(page: Page, selector: string): Promise<void> {
  const check = `(() => { const node = document.querySelector(${JSON.stringify(selector)});
    return !!node && Object.keys(node).some((key) => key.startsWith('__reactProps$')); })()`;
  const deadline = Date.now() + HYDRATION_TIMEOUT_MS;
  while (!(await page.evaluate(check))) {
    if (Date.now() > deadline) throw new Error(`${selector} not hydrated ${page.url()}`);
    await page.waitForTimeout(50);
  }
}
