import { Serwist } from '@serwist/window';
import { cacheLifetimes } from '@/lib/cache/manifest';
import { watchForNewVersion } from './new-version';
import { isKeptPage, keptPageKey } from './page-rules';
import { CACHE_NAMES } from './worker-protocol';

export const SERVICE_WORKER_URL = '/serwist/sw.js';

const HOUR = 60 * 60 * 1000;

let worker: Serwist | undefined;

function isCachedAsset(name: string): boolean {
  const url = new URL(name, location.href);
  return (
    url.origin === location.origin &&
    (url.pathname.startsWith('/_next/static/') || url.pathname === '/_next/image')
  );
}

/**
 * Whether the kept copy of `url` is younger than the pages' ISR window: the server would send
 * the same HTML again, so keeping it once more costs a request for nothing.
 */
async function keptRecently(url: URL): Promise<boolean> {
  const copy = await (
    await caches.open(CACHE_NAMES.pages)
  ).match(keptPageKey(url), { ignoreVary: true });
  const savedAt = Date.parse(copy?.headers.get('date') ?? '');
  return Date.now() - savedAt < cacheLifetimes.page * 1000;
}

/**
 * Asks the worker to keep the page now shown, which did not pass through it: the first page of
 * a visit (loaded before the worker was there) or one reached by a client-side navigation. For
 * the first page, the files it loaded are kept too; they come from the browser's HTTP cache.
 */
export async function keepCurrentPage({ withAssets }: { withAssets: boolean }): Promise<void> {
  const url = new URL(location.href);
  if (!worker || !isKeptPage(url) || (await keptRecently(url))) return;
  const assets = withAssets
    ? performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter(isCachedAsset)
    : [];
  const page: [string, RequestInit] = [location.href, { headers: { accept: 'text/html' } }];
  void worker
    .messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: [page, ...assets] } })
    .catch(() => undefined);
}

/**
 * Registers the worker and reports a new version waiting to take over. `accept` moves it in and
 * reloads this page once it controls it. Loaded in its own chunk after the page has loaded.
 */
export function registerServiceWorker(onUpdateWaiting: (accept: () => void) => void): void {
  if (worker) return;
  const controlledAtLoad = Boolean(navigator.serviceWorker.controller);
  worker = new Serwist(SERVICE_WORKER_URL, { scope: '/', type: 'classic' });
  const registered = worker;
  const offerUpdate = () =>
    onUpdateWaiting(() => {
      registered.addEventListener('controlling', () => location.reload());
      registered.messageSkipWaiting();
    });
  // Not Serwist's "waiting" event: it misses a new worker the browser was already installing
  // when the page registered (./new-version.ts).
  void registered.register({ immediate: true }).then((registration) => {
    if (registration)
      watchForNewVersion(
        registration,
        () => navigator.serviceWorker.controller !== null,
        offerUpdate,
      );
  });
  if (!controlledAtLoad) void registered.active.then(() => keepCurrentPage({ withAssets: true }));
  // An installed app can stay open for days: look for a new version now and then.
  setInterval(() => void registered.update(), HOUR);
}
