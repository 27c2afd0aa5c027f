import type { SerwistPlugin } from 'serwist';
import { isPageSourceQuestion, type PageSourceAnswer } from '../worker-protocol';

declare const self: ServiceWorkerGlobalScope;

/**
 * Pages the worker answered from its saved copy, by the id of the window they opened in. A page
 * cannot see how its own document was fetched, so it asks (see lib/pwa/page-source.ts). Only
 * the last few are kept: a page asks right after it loads.
 */
const savedCopies = new Map<string, string | null>();
const REMEMBERED = 20;

function remember(clientId: string, savedAt: string | null): void {
  savedCopies.set(clientId, savedAt);
  for (const oldest of savedCopies.keys()) {
    if (savedCopies.size <= REMEMBERED) break;
    savedCopies.delete(oldest);
  }
}

/** Notes each navigation answered from the cache (network down or too slow). */
export const rememberSavedCopies: SerwistPlugin = {
  cachedResponseWillBeUsed: ({ event, cachedResponse }) => {
    if (cachedResponse && event instanceof FetchEvent && event.resultingClientId) {
      const date = cachedResponse.headers.get('date');
      remember(event.resultingClientId, date ? new Date(date).toISOString() : null);
    }
    return cachedResponse;
  },
};

/** Answers a page's "was I the saved copy?" on the port it sent. */
function answerPageSource(event: ExtendableMessageEvent): void {
  if (!isPageSourceQuestion(event.data) || !(event.source instanceof Client)) return;
  const id = event.source.id;
  const answer: PageSourceAnswer = {
    fromCache: savedCopies.has(id),
    savedAt: savedCopies.get(id) ?? null,
  };
  event.ports[0]?.postMessage(answer);
}

export function listenForPageSourceQuestions(): void {
  self.addEventListener('message', answerPageSource);
}
