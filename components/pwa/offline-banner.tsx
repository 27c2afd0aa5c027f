'use client';

import { useEffect, useState } from 'react';
import { fillTemplate } from '@/lib/i18n/fill-template';
import type { Locale } from '@/lib/i18n/markets';
import { offlineNotice, type OfflineNotice } from '@/lib/pwa/offline-notice';
import { askPageSource } from '@/lib/pwa/page-source';
import { useOnline } from './use-online';

export type OfflineBannerMessages = Record<OfflineNotice, string>;

// Along the bottom edge (in the toast dock), clear of the header's brand, menu and search.
const BANNER =
  'block bg-ink px-4 py-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] text-center text-sm font-medium text-white shadow';

function formatTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/**
 * Tells the shopper the page may be out of date: it is the worker's saved copy (network down or
 * too slow), or the connection dropped after it loaded. Either way prices are dated.
 */
export function OfflineBanner({
  locale,
  messages: m,
}: {
  locale: Locale;
  messages: OfflineBannerMessages;
}) {
  const online = useOnline();
  const [savedCopy, setSavedCopy] = useState<{ savedAt: string | null }>();
  const [loadedAt] = useState(() => new Date().toISOString());

  useEffect(() => {
    void askPageSource().then(
      (answer) => answer?.fromCache && setSavedCopy({ savedAt: answer.savedAt }),
    );
  }, []);

  const notice = offlineNotice({ fromSavedCopy: savedCopy !== undefined, online });
  const message = notice
    ? fillTemplate(m[notice], { time: formatTime(locale, savedCopy?.savedAt ?? loadedAt) })
    : '';

  return (
    <div role="status" data-testid="offline-banner" className={message ? BANNER : 'sr-only'}>
      {message}
    </div>
  );
}
