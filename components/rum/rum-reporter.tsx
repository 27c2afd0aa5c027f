'use client';

import { useEffect } from 'react';
import { afterLoadWhenIdle } from '@/lib/browser/after-load';
import type { Locale } from '@/lib/i18n/markets';
import { browserPrivacySignals, mayMeasure } from '@/lib/browser/consent';

/** Decided once per document, so a page view is measured whole or not at all. */
let sampled: boolean | undefined;

/**
 * Real-user Core Web Vitals. Renders nothing; once the page has loaded and the main thread is
 * idle it imports web-vitals and the beacon code (a chunk of their own), so measuring adds no
 * work before the page is interactive. Nothing is imported for a view that is not sampled or
 * whose shopper opted out (Do-Not-Track, Global Privacy Control, `rum_consent=0`).
 */
export function RumReporter({ locale, sampleRate }: { locale: Locale; sampleRate: number }) {
  useEffect(() => {
    sampled ??= Math.random() < sampleRate;
    if (!sampled || !mayMeasure(browserPrivacySignals())) return;
    afterLoadWhenIdle(
      () =>
        void import('@/lib/rum/client/reporter').then((reporter) =>
          reporter.startReporting(locale),
        ),
      10_000,
    );
  }, [locale, sampleRate]);
  return null;
}
