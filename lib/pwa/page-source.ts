import { PAGE_SOURCE_QUESTION, type PageSourceAnswer } from './worker-protocol';

const PATIENCE_MS = 2000;

/**
 * Asks the service worker whether this page is its saved copy, and from when. No worker, or no
 * answer in time, means the page came from the network.
 */
export function askPageSource(): Promise<PageSourceAnswer | undefined> {
  const worker = typeof navigator !== 'undefined' ? navigator.serviceWorker?.controller : null;
  if (!worker) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), PATIENCE_MS);
    channel.port1.onmessage = (event: MessageEvent<PageSourceAnswer>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.postMessage({ type: PAGE_SOURCE_QUESTION }, [channel.port2]);
  });
}
