import {
  onCLS,
  onFCP,
  onINP,
  onLCP,
  onTTFB,
  type MetricWithAttribution,
} from 'web-vitals/attribution';
import type { Locale } from '@/lib/i18n/markets';
import { beaconBodies, unsentRecords, type Queued } from './batch';
import { browserConnectionType } from './connection';
import { browserPrivacySignals, mayMeasure } from '../../browser/consent';
import { browserDeviceHints, deviceClass } from '../../device/in-browser';
import { pageLabels } from './page';
import { toRecord } from './record';
import {
  measuresPageLoad,
  queryOnlyNavigations,
  type SoftNavigationEntry,
} from './soft-navigations';
import { experimentVariants } from './variants';

const COLLECTOR = '/api/rum';

let started = false;

/**
 * Loaded after the page is idle (components/rum/rum-reporter.tsx). web-vitals reads buffered
 * performance entries, so LCP, FCP, TTFB and earlier layout shifts still count when registered
 * late. Records wait in a queue and leave together when the page is hidden or unloaded, which
 * is also when web-vitals reports the final CLS and INP.
 */
export function startReporting(layoutLocale: Locale): void {
  if (started) return;
  started = true;
  const device = deviceClass(browserDeviceHints());
  const queue: (Queued & { navigationId: number })[] = [];
  const softNavigations = watchSoftNavigations();
  const sentIds = new Set<string>();

  function collect(metric: MetricWithAttribution) {
    const record = toRecord(metric);
    if (!record) return;
    const { pathname } = new URL(metric.navigationURL ?? location.href, location.href);
    const context = {
      ...pageLabels(pathname, layoutLocale),
      device,
      connection: browserConnectionType(),
      variants: experimentVariants(),
    };
    queue.push({ context, record, navigationId: metric.navigationId });
  }

  // Soft navigations (Chromium 151+) get metrics of their own; elsewhere the option does
  // nothing. Not for TTFB, which web-vitals reports as 0 for every soft navigation.
  const options = { reportAllChanges: false, reportSoftNavs: true };
  onLCP(collect, options);
  onINP(collect, options);
  onCLS(collect, options);
  onFCP(collect, options);
  onTTFB(collect, { reportAllChanges: false });

  function flush() {
    const queued = queue.splice(0);
    // The shopper may have opted out since the page loaded.
    if (!mayMeasure(browserPrivacySignals())) return;
    const queryOnly = queryOnlyNavigations(
      performance.getEntriesByType('navigation')[0]?.name ?? location.href,
      softNavigations,
    );
    const measured = queued.filter((item) =>
      measuresPageLoad(item.record, item.navigationId, queryOnly),
    );
    for (const body of beaconBodies(unsentRecords(measured, sentIds))) send(body);
  }
  // Registered after web-vitals' own (capture-phase) listeners, so the final values of this
  // page are in the queue by the time it is flushed.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  addEventListener('pagehide', flush);
}

/** The page's soft navigations so far, in order (none where the browser does not report them). */
function watchSoftNavigations(): SoftNavigationEntry[] {
  const entries: SoftNavigationEntry[] = [];
  if (PerformanceObserver.supportedEntryTypes.includes('soft-navigation')) {
    new PerformanceObserver((list) =>
      entries.push(...(list.getEntries() as SoftNavigationEntry[])),
    ).observe({ type: 'soft-navigation', buffered: true });
  }
  return entries;
}

/** sendBeacon posts text/plain and survives unloading; when its queue is full, a keepalive fetch does the same. */
function send(body: string) {
  if (navigator.sendBeacon(COLLECTOR, body)) return;
  fetch(COLLECTOR, { method: 'POST', body, keepalive: true }).catch(() => undefined);
}
