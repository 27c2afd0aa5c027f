/**
 * What a page and the service worker say to each other. Pages ask whether they were answered
 * from the worker's saved copy (the network failed or timed out), and when that copy was saved.
 */
export const PAGE_SOURCE_QUESTION = 'page-source';

export interface PageSourceAnswer {
  fromCache: boolean;
  /** The saved copy's `Date` header, as an ISO string. */
  savedAt: string | null;
}

export function isPageSourceQuestion(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === PAGE_SOURCE_QUESTION
  );
}

/** Cache names in one place: the offline page lists what the `pages` cache holds. */
export const CACHE_NAMES = {
  pages: 'pages',
  images: 'images',
  nextStatic: 'next-static',
} as const;
