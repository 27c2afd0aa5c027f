import type { MetricRecord } from '@/lib/rum/beacon';

export interface SoftNavigationEntry {
  navigationId?: number;
  /** The URL navigated to. */
  name: string;
}

/**
 * Chromium counts every click that changes the URL and then paints as a soft navigation, also a
 * variant choice on a product page, which only rewrites the query (replaceState). That is no
 * page load: its FCP and LCP (click to paint, a few ms) would sit in the same histograms as
 * real page loads'. These are the ids of soft navigations that kept the path; their INP and CLS
 * are real and stay.
 */
export function queryOnlyNavigations(
  firstUrl: string,
  entries: readonly SoftNavigationEntry[],
): Set<number> {
  const ids = new Set<number>();
  let path = new URL(firstUrl).pathname;
  for (const entry of entries) {
    const next = new URL(entry.name, firstUrl).pathname;
    if (next === path && entry.navigationId !== undefined) ids.add(entry.navigationId);
    path = next;
  }
  return ids;
}

/** False for the FCP and LCP of a soft navigation that only changed the query. */
export function measuresPageLoad(
  record: MetricRecord,
  navigationId: number,
  queryOnly: ReadonlySet<number>,
): boolean {
  const loading = record.name === 'FCP' || record.name === 'LCP';
  return !(loading && record.navigationType === 'soft-navigation' && queryOnly.has(navigationId));
}
