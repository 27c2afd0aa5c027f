import type { Browser, Page } from '@playwright/test';
import { openPage, type OpenedPage } from './inp-browser';
import { interactionsBetween, type Interaction } from './inp-interactions';
import {
  armFeedback,
  documentOrigin,
  flushEntries,
  pageNow,
  readFeedback,
  settle,
  type Feedback,
} from './inp-page';

export const INTERACTIONS = [
  'colour chip',
  'size chip',
  'add to cart',
  'open cart drawer',
  'facet click',
  'search keystroke (worst)',
] as const;
type InteractionName = (typeof INTERACTIONS)[number];

export interface Sample {
  interaction: InteractionName;
  run: number;
  readyAfterLoadMs: number;
  /** Undefined: no Event Timing entry, i.e. the interaction took under 16 ms. */
  measured: Interaction | undefined;
  note?: string;
}

export interface RunSettings {
  browser: Browser;
  storefrontUrl: string;
  cpuSlowdown: number;
  run: number;
}

const ADD_BUTTON = 'main form button[type="submit"]';
/** The header's cart link (the drawer, rendered beside it in the header, has a cart link too). */
const CART_LINK = 'header a[href$="/cart"]:not(dialog a)';
const WAIT_MS = 20_000;

/** Marks a window on the page's clock around `action`; the entries are read at the end of the run. */
class Windows {
  private readonly marked: Array<{ name: InteractionName; from: number; to: number }> = [];
  readonly notes = new Map<InteractionName, string>();

  constructor(private readonly opened: OpenedPage) {}

  async measure(name: InteractionName, action: () => Promise<void>): Promise<void> {
    const { page } = this.opened;
    const from = await pageNow(page);
    await action();
    await settle(page);
    this.marked.push({ name, from, to: await pageNow(page) });
  }

  /** One sample per window: the worst interaction in it (several only for typing). */
  async samples(run: number): Promise<Sample[]> {
    await settle(this.opened.page, 500); // the last entries are delivered after their frame
    await flushEntries(this.opened.page);
    return this.marked.map(({ name, from, to }) => {
      const found = interactionsBetween(this.opened.recorder, from, to);
      return {
        interaction: name,
        run,
        readyAfterLoadMs: this.opened.readyAfterLoadMs,
        measured: found.reduce<Interaction | undefined>(
          (worst, i) => (!worst || i.latency > worst.latency ? i : worst),
          undefined,
        ),
        note: [
          this.notes.get(name),
          name.startsWith('search') ? `${found.length} keystrokes ≥16 ms` : undefined,
        ]
          .filter(Boolean)
          .join('; '),
      };
    });
  }
}

export interface ProductChoice {
  slug: string;
  color: string;
  size: string;
}

/**
 * Product page, one load: a colour chip (another colour than the preselected one), a size chip,
 * add to cart, then (drawer closed with Escape, not measured) the header cart button.
 */
export async function productRun(
  settings: RunSettings,
  choice: ProductChoice,
): Promise<{ samples: Sample[]; feedback: Feedback }> {
  const opened = await openPage(
    settings.browser,
    `${settings.storefrontUrl}/en-US/p/${choice.slug}`,
    ADD_BUTTON,
    settings.cpuSlowdown,
  );
  try {
    const { page } = opened;
    const windows = new Windows(opened);
    const chip = (name: string, value: string) =>
      page.locator(`main label:has(input[name="${name}"][value="${value}"])`);
    await windows.measure('colour chip', () => chip('color', choice.color).tap());
    await windows.measure('size chip', () => chip('size', choice.size).tap());
    await checked(page, 'size', choice.size);
    await armFeedback(page, ADD_BUTTON, CART_LINK);
    await windows.measure('add to cart', () => page.locator(ADD_BUTTON).tap());
    const drawer = page.locator('dialog[open]');
    const alert = page.locator('main [role="alert"]');
    await drawer.or(alert).first().waitFor({ timeout: WAIT_MS });
    if (await alert.count()) throw new Error(`add refused: ${await alert.textContent()}`);
    const feedback = await readFeedback(page);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached', timeout: WAIT_MS });
    await settle(page);
    await windows.measure('open cart drawer', () => page.locator(CART_LINK).tap());
    await drawer.waitFor({ timeout: WAIT_MS });
    return { samples: await windows.samples(settings.run), feedback };
  } finally {
    await opened.close();
  }
}

/** A tap that React missed would leave the radio unchecked: then the numbers mean nothing. */
async function checked(page: Page, name: string, value: string): Promise<void> {
  const selector = `main input[name="${name}"][value="${value}"]`;
  if (!(await page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.checked`)))
    throw new Error(`${name} ${value} is not checked after the tap`);
}

/**
 * Category page, one load: open the Colour facet group (native <details>, not measured), tap
 * its first value. The link is a soft navigation in Next; should it ever become a hard one, the
 * old document's entries were already posted to the binding, and the sample says so.
 */
export async function facetRun(settings: RunSettings, categoryPath: string): Promise<Sample[]> {
  const opened = await openPage(
    settings.browser,
    `${settings.storefrontUrl}${categoryPath}`,
    'aside details a',
    settings.cpuSlowdown,
  );
  try {
    const { page } = opened;
    const windows = new Windows(opened);
    const group = page.locator('aside details', {
      has: page.locator('summary', { hasText: 'Colour' }),
    });
    await group.locator('summary').tap();
    await settle(page);
    const origin = await documentOrigin(page);
    await windows.measure('facet click', () => group.locator('a').first().tap());
    await page.waitForURL(/[?&]color=/, { timeout: WAIT_MS });
    await page.locator('aside details[open] a .facet-box[data-on]').first().waitFor({
      timeout: WAIT_MS,
    });
    if ((await documentOrigin(page)) !== origin)
      windows.notes.set('facet click', 'hard navigation');
    return await windows.samples(settings.run);
  } finally {
    await opened.close();
  }
}

/**
 * Home page, one load: focus the header search with a tap (not measured), then type `query`
 * one key at a time, `gapMs` between keys (a quick thumb), each keystroke an interaction. The
 * worst keystroke is the run's sample.
 */
export async function searchRun(
  settings: RunSettings,
  query: string,
  gapMs: number,
): Promise<Sample[]> {
  const opened = await openPage(
    settings.browser,
    `${settings.storefrontUrl}/en-US`,
    'input[role="combobox"]',
    settings.cpuSlowdown,
  );
  try {
    const { page } = opened;
    const windows = new Windows(opened);
    const box = page.locator('input[role="combobox"]');
    await box.tap();
    await settle(page);
    await windows.measure('search keystroke (worst)', async () => {
      for (const key of query) {
        await page.keyboard.press(key);
        await page.waitForTimeout(gapMs);
      }
    });
    await page.locator('[role="listbox"]:not([hidden])').waitFor({ timeout: WAIT_MS });
    return await windows.samples(settings.run);
  } finally {
    await opened.close();
  }
}
