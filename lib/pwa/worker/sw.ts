import { Serwist, type PrecacheEntry } from 'serwist';
import { cachingRules } from './caching-rules';
import { listenForPageSourceQuestions } from './served-from-cache';

declare const self: ServiceWorkerGlobalScope & {
  __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
};

/**
 * The storefront's service worker (built by app/serwist/[path]/route.ts). It precaches the app
 * shell and the offline pages, and answers by the rules in caching-rules.ts.
 */
const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  // A new version waits until the shopper agrees to reload (components/pwa/update-notice.tsx);
  // swapping code under an open page could break it.
  skipWaiting: false,
  clientsClaim: true,
  // The navigation starts while the worker boots, so the worker costs a page no round trip.
  navigationPreload: true,
  disableDevLogs: true,
});

for (const rule of cachingRules(serwist)) serwist.registerCapture(rule.matcher, rule.handler);
listenForPageSourceQuestions();
serwist.addEventListeners();
