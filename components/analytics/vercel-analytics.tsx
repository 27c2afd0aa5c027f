'use client';

import { lazy, Suspense } from 'react';
import { enableVercelEvents } from '@/components/analytics/events';

// A chunk of its own: importing <Analytics /> directly would ship it on every page, Vercel or not.
const Analytics = lazy(() =>
  import('@vercel/analytics/next').then((module) => ({ default: module.Analytics })),
);

/** Vercel Web Analytics (page views and trackEvent's events). The layout renders it only on Vercel. */
export function VercelAnalytics() {
  // During render, not in an effect: a page's own effects (the purchase event) run before the
  // layout's, and must find events enabled. Setting a flag twice is harmless.
  enableVercelEvents();
  return (
    <Suspense fallback={null}>
      <Analytics />
    </Suspense>
  );
}
