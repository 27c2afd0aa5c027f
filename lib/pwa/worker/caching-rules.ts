import {
  CacheFirst,
  CacheableResponsePlugin,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  StaleWhileRevalidate,
  type RuntimeCaching,
  type Serwist,
  type SerwistPlugin,
} from 'serwist';
import { CACHE_NAMES } from '../worker-protocol';
import { isKeptPage, keptPageKey, offlinePathFor } from '../page-rules';
import { rememberSavedCopies } from './served-from-cache';

const DAY = 24 * 60 * 60;

/** A page wanted as a document: a navigation, or a visited page the window asks to keep. */
function wantsDocument(request: Request): boolean {
  return request.mode === 'navigate' || (request.headers.get('accept') ?? '').includes('text/html');
}

/** Any navigation that fails for good gets the offline page in its own language. */
function offlinePageFallback(serwist: Serwist): SerwistPlugin {
  return {
    handlerDidError: async ({ request }) =>
      serwist.matchPrecache(offlinePathFor(new URL(request.url))),
  };
}

const keptPageKeys: SerwistPlugin = {
  cacheKeyWillBeUsed: ({ request }) => keptPageKey(new URL(request.url)),
};

/**
 * How each kind of request is answered. What is not listed goes to the network untouched:
 * POSTs (server actions, cart and checkout calls), /api, RSC payloads and other origins.
 */
export function cachingRules(serwist: Serwist): RuntimeCaching[] {
  return [
    {
      // Hashed file names: a URL's bytes never change, so the network is never asked twice.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: CACHE_NAMES.nextStatic,
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          new ExpirationPlugin({
            maxEntries: 300,
            maxAgeSeconds: 60 * DAY,
            purgeOnQuotaError: true,
          }),
        ],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/_next/image',
      handler: new StaleWhileRevalidate({
        cacheName: CACHE_NAMES.images,
        // The optimizer varies on Accept; an image kept from the page's first load (asked for by
        // the window, with another Accept) must still answer the <img> offline.
        matchOptions: { ignoreVary: true },
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          new ExpirationPlugin({
            maxEntries: 200,
            maxAgeSeconds: 7 * DAY,
            purgeOnQuotaError: true,
          }),
        ],
      }),
    },
    {
      // Fresh when the network answers within 3 s; otherwise the copy saved on the last visit.
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && wantsDocument(request) && isKeptPage(url),
      handler: new NetworkFirst({
        cacheName: CACHE_NAMES.pages,
        networkTimeoutSeconds: 3,
        // Experiment pages vary on the cookie the browser adds below the worker: ignore it here.
        matchOptions: { ignoreVary: true },
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          new ExpirationPlugin({
            maxEntries: 60,
            maxAgeSeconds: 14 * DAY,
            purgeOnQuotaError: true,
          }),
          keptPageKeys,
          rememberSavedCopies,
          offlinePageFallback(serwist),
        ],
      }),
    },
    {
      // Cart, checkout, orders, ops: never kept, but offline they still explain themselves.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: new NetworkOnly({ plugins: [offlinePageFallback(serwist)] }),
    },
  ];
}
