'use client';

import { useEffect, useState } from 'react';
import { fillTemplate } from '@/lib/i18n/fill-template';
import type { Locale } from '@/lib/i18n/markets';
import { askPageSource } from '@/lib/pwa/page-source';
import { useOnline } from './use-online';

export interface OfflineBannerMessages {
  offlineSavedCopy: string;
  offlineLive: string;
}

function formatTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * Tells the shopper the page may be out of date: it is the worker's saved copy (network down or
 * too slow), or the connection dropped after it loaded. Either way prices are dated. Fixed over
 * the top edge, so appearing never moves the page.
 */
export function OfflineBanner({ locale, messages: m }: { locale: Locale; messages: OfflineBannerMessages }) {
  const online = useOnline();
  const [savedCopy, setSavedCopy] = useState<{ savedAt: string | null }>();
  const [loadedAt] = useState(() => new Date().toISOString());

  useEffect(() => {
    void askPageSource().then((answer) => answer?.fromCache && setSavedCopy({ savedAt: answer.savedAt }));
  }, []);

  const message = savedCopy
    ? fillTemplate(m.offlineSavedCopy, { time: formatTime(locale, savedCopy.savedAt ?? loadedAt) })
    : online
      ? ''
      : fillTemplate(m.offlineLive, { time: formatTime(locale, loadedAt) });

  return (
    <div role="status" data-testid="offline-banner" className={message ? 'fixed inset-x-0 top-0 z-50 bg-ink px-4 py-2 text-center text-sm font-medium text-white shadow' : 'sr-only'}>
      {message}
    </div>
  );
}
