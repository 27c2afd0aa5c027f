/**
 * Calls `onWaiting` when a new version of the service worker has installed and waits to take over
 * from the one controlling the page, whatever stage it was at when watching began: already
 * waiting, still installing, or not found yet (an update check later on).
 *
 * The middle case is why this does not rely on `updatefound` alone: the browser looks for a new
 * worker on every navigation, so by the time the page registers (once loaded and idle, later
 * still on a slow device) it may have found one and be installing it; `updatefound` has then
 * fired already and only the worker's own `statechange` tells when it is installed.
 */
export function watchForNewVersion(
  registration: ServiceWorkerRegistration,
  controlled: () => boolean,
  onWaiting: () => void,
): void {
  let offered: ServiceWorker | undefined;
  const offerIfWaiting = () => {
    const waiting = registration.waiting;
    // A first install passes through "installed" too, on a page no worker controls yet: that
    // is the first version, not a new one.
    if (!waiting || waiting === offered || !controlled()) return;
    offered = waiting;
    onWaiting();
  };
  const follow = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', offerIfWaiting);
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
  offerIfWaiting();
}
