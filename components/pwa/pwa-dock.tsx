'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import { afterLoadWhenIdle } from '@/lib/browser/after-load';
import type { Locale } from '@/lib/i18n/markets';
import { installOffer } from '@/lib/pwa/install-offer';
import type { PwaDockMessages } from './pwa-dock-contents';

const PwaDockContents = lazy(() => import('./pwa-dock-contents'));

/**
 * Nothing a shopper needs while the page starts: the dock's code (offline banner, offline-queue
 * sender, worker registration and update notice, install offer) is a chunk of its own, loaded
 * and mounted once the page has loaded and the main thread is idle. The dock is fixed to the
 * bottom edge, so it appearing moves nothing. The install offer is held from the start, since
 * the browser may make it before the dock is there.
 */
export function PwaDock({ locale, messages }: { locale: Locale; messages: PwaDockMessages }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    installOffer.hold();
    afterLoadWhenIdle(() => setReady(true), 3_000);
  }, []);
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      <PwaDockContents locale={locale} messages={messages} />
    </Suspense>
  );
}
