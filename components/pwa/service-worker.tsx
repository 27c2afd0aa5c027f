'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { afterLoadWhenIdle } from '@/lib/browser/after-load';
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
  // The page last kept: the first one is kept by the registration itself (lib/pwa/register.ts).
  const keptPath = useRef(pathname);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    afterLoadWhenIdle(
      () =>
        void loadRegistration().then(({ registerServiceWorker }) =>
          registerServiceWorker((acceptUpdate) => setAccept(() => acceptUpdate)),
        ),
      5_000,
    );
  }, []);

  useEffect(() => {
    if (pathname === keptPath.current || !navigator.serviceWorker?.controller) return;
    keptPath.current = pathname;
    void loadRegistration().then(({ keepCurrentPage }) => keepCurrentPage({ withAssets: false }));
  }, [pathname]);

  return accept ? <UpdateNotice messages={messages} onAccept={accept} /> : null;
}
