import type { Page } from '@playwright/test';

/**
 * What the page itself reports about its interactions: Event Timing entries (the API INP is
 * made of) and Long Animation Frames (which scripts ran in the frame that held the paint back).
 *
 * Every entry is posted to a binding at the next idle moment, so a document that goes away (a
 * hard navigation) has normally handed over what it measured already; pagehide posts whatever
 * is left, including what the observers still hold. Each entry carries its document's timeOrigin, so entries from different
 * documents share one clock (epoch ms) with the windows the bench marks around each action.
 *
 * Plain JavaScript in a string (as in cart-badge.ts): tsx may add helpers to functions handed to
 * the page, and the site's CSP refuses string evaluation inside the page.
 */
const BINDING = '__inpReport';

const IN_PAGE = `(() => {
  if (window.__inp) return;
  const origin = performance.timeOrigin;
  // Entries wait for an idle moment (or pagehide) before they are serialized and posted, so the
  // bench adds as little work as it can to the frames it measures.
  const queue = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (typeof window.${BINDING} !== 'function') return;
    while (queue.length) window.${BINDING}(JSON.stringify(queue.shift()));
  };
  const send = (kind, entries) => {
    if (entries.length) queue.push({ kind, origin, entries });
    if (!scheduled) { scheduled = true; requestIdleCallback(flush, { timeout: 1000 }); }
  };
  const describe = (node) => {
    if (!node || !node.tagName) return null;
    const text = (node.getAttribute('aria-label') || node.textContent || '').trim().slice(0, 30);
    return node.tagName.toLowerCase() + (text ? ' "' + text + '"' : '');
  };
  const event = (e) => ({ name: e.name, id: e.interactionId, start: e.startTime, processingStart: e.processingStart,
    processingEnd: e.processingEnd, duration: e.duration, target: describe(e.target) });
  const loaf = (l) => ({ start: l.startTime, duration: l.duration, blocking: l.blockingDuration,
    renderStart: l.renderStart, styleAndLayoutStart: l.styleAndLayoutStart,
    scripts: l.scripts.map((s) => ({ invoker: s.invoker, invokerType: s.invokerType, url: s.sourceURL,
      fn: s.sourceFunctionName, position: s.sourceCharPosition, start: s.startTime, duration: s.duration,
      forcedLayout: s.forcedStyleAndLayoutDuration })) });
  const events = new PerformanceObserver((list) =>
    send('event', list.getEntries().filter((e) => e.interactionId > 0).map(event)));
  events.observe({ type: 'event', durationThreshold: 16, buffered: true });
  const frames = new PerformanceObserver((list) => send('loaf', list.getEntries().map(loaf)));
  frames.observe({ type: 'long-animation-frame', buffered: true });
  addEventListener('pagehide', () => {
    send('event', events.takeRecords().filter((e) => e.interactionId > 0).map(event));
    send('loaf', frames.takeRecords().map(loaf));
    flush();
  });

  // "Feedback in the same frame": a rAF counter, and the frame in which the add button's click
  // arrived versus the frame of the first change to the header badge and to the button.
  const state = { frame: 0, feedback: {} };
  const tick = () => { state.frame++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  state.armFeedback = (buttonSelector, badgeSelector) => {
    const result = {};
    state.feedback = result;
    const button = document.querySelector(buttonSelector);
    const badge = document.querySelector(badgeSelector);
    if (!button || !badge) throw new Error('feedback: no ' + (button ? badgeSelector : buttonSelector));
    button.addEventListener('click', () => { result.clickFrame = state.frame; }, { capture: true, once: true });
    const watch = (node, key) => {
      const observer = new MutationObserver(() => {
        if (result.clickFrame === undefined) return;
        result[key] = state.frame;
        observer.disconnect();
      });
      observer.observe(node, { childList: true, subtree: true, characterData: true, attributes: true });
    };
    watch(badge, 'badgeFrame');
    watch(button, 'buttonFrame');
  };
  state.flush = flush;
  window.__inp = state;
})();`;

export interface EventRecord {
  name: string;
  id: number;
  start: number;
  processingStart: number;
  processingEnd: number;
  duration: number;
  target: string | null;
  /** The document's timeOrigin (epoch ms): start + origin is on the bench's clock. */
  origin: number;
}

interface ScriptRecord {
  invoker: string;
  invokerType: string;
  url: string;
  fn: string;
  position: number;
  start: number;
  duration: number;
  forcedLayout: number;
}

export interface LoafRecord {
  start: number;
  duration: number;
  blocking: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: ScriptRecord[];
  origin: number;
}

/** Everything one page (over all its documents) reported, in arrival order. */
export class PageRecorder {
  readonly events: EventRecord[] = [];
  readonly loafs: LoafRecord[] = [];

  static async attach(page: Page): Promise<PageRecorder> {
    const recorder = new PageRecorder();
    await page.exposeBinding(BINDING, (_source, json: string) => recorder.take(json));
    await page.addInitScript({ content: IN_PAGE });
    return recorder;
  }

  private take(json: string): void {
    const message = JSON.parse(json) as {
      kind: 'event' | 'loaf';
      origin: number;
      entries: Array<Omit<EventRecord, 'origin'> | Omit<LoafRecord, 'origin'>>;
    };
    for (const entry of message.entries) {
      if (message.kind === 'event')
        this.events.push({ ...(entry as Omit<EventRecord, 'origin'>), origin: message.origin });
      else this.loafs.push({ ...(entry as Omit<LoafRecord, 'origin'>), origin: message.origin });
    }
  }
}

/** The page's clock as epoch ms, comparable with `start + origin` of any of its documents. */
export async function pageNow(page: Page): Promise<number> {
  return (await page.evaluate('performance.timeOrigin + performance.now()')) as number;
}

/** The current document's timeOrigin: a different one after an action means a hard navigation. */
export async function documentOrigin(page: Page): Promise<number> {
  return (await page.evaluate('performance.timeOrigin')) as number;
}

/**
 * Waits until the main thread has got past whatever the last action started (a frame and a
 * task), then a little longer: the observers deliver entries only after the frame is presented.
 */
export async function settle(page: Page, extraMs = 300): Promise<void> {
  await page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))',
  );
  await page.waitForTimeout(extraMs);
}

/** Posts what the page still holds (normally posted when the page is idle). */
export async function flushEntries(page: Page): Promise<void> {
  await page.evaluate('window.__inp.flush()');
  await page.waitForTimeout(100); // the binding's calls reach Node a moment after the page made them
}

export async function armFeedback(
  page: Page,
  buttonSelector: string,
  badgeSelector: string,
): Promise<void> {
  await page.evaluate(
    `window.__inp.armFeedback(${JSON.stringify(buttonSelector)}, ${JSON.stringify(badgeSelector)})`,
  );
}

export interface Feedback {
  clickFrame?: number;
  badgeFrame?: number;
  buttonFrame?: number;
}

export async function readFeedback(page: Page): Promise<Feedback> {
  return (await page.evaluate('window.__inp.feedback')) as Feedback;
}
