'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { UpdateNotice, type UpdateNoticeMessages } from './update-notice';

const loadRegistration = () => import('@/lib/pwa/register');

/**
 * Registers the service worker once the page has loaded and the main thread is idle, so it
 * never competes with the page's own work; keeps pages reached by client-side navigation for
 * offline use; and offers a reload when a new version waits. Production builds only.
 */
export function ServiceWorkerLifecycle({ messages }: { messages: UpdateNoticeMessages }) {
  const [accept, setAccept] = useState<() => void>();
  const pathname = usePathname();
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const start = () => void loadRegistration().then(({ registerServiceWorker }) => registerServiceWorker((acceptUpdate) => setAccept(() => acceptUpdate)));
    const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 5_000 }) : setTimeout(start, 0));
    if (document.readyState === 'complete') whenIdle();
    else addEventListener('load', whenIdle, { once: true });
  }, []);

  useEffect(() => {
    if (pathname === firstPath.current || !navigator.serviceWorker?.controller) return;
    firstPath.current = pathname;
    void loadRegistration().then(({ keepCurrentPage }) => keepCurrentPage({ withAssets: false }));
  }, [pathname]);

  return accept ? <UpdateNotice messages={messages} onAccept={accept} /> : null;
}
