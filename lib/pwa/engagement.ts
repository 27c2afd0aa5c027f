/**
 * When to offer installing the app: never on a first view, only once the shopper has looked
 * around (a few pages) or put something in the cart, and not again for a while after "Not now".
 */
export interface Engagement {
  pageViews: number;
  addedToCart: boolean;
  dismissedAt: number | null;
}

export const OFFER_AFTER_PAGE_VIEWS = 3;
export const QUIET_AFTER_DISMISS_MS = 30 * 24 * 60 * 60 * 1000;

const STORAGE_KEY = 'pwa-engagement';
const NONE: Engagement = { pageViews: 0, addedToCart: false, dismissedAt: null };

export function shouldOfferInstall(engagement: Engagement, now: number): boolean {
  if (engagement.dismissedAt !== null && now - engagement.dismissedAt < QUIET_AFTER_DISMISS_MS)
    return false;
  return (
    engagement.pageViews >= OFFER_AFTER_PAGE_VIEWS ||
    (engagement.addedToCart && engagement.pageViews >= 2)
  );
}

/** Reads what this browser remembers; anything unreadable counts as a new shopper. */
export function parseEngagement(stored: string | null): Engagement {
  try {
    const value = JSON.parse(stored ?? 'null') as Partial<Engagement> | null;
    return {
      pageViews: Number.isInteger(value?.pageViews) ? Number(value?.pageViews) : 0,
      addedToCart: value?.addedToCart === true,
      dismissedAt: typeof value?.dismissedAt === 'number' ? value.dismissedAt : null,
    };
  } catch {
    return NONE;
  }
}

/** Applies a change to the stored engagement and returns the result. */
export function updateEngagement(change: (current: Engagement) => Engagement): Engagement {
  const next = change(parseEngagement(localStorage.getItem(STORAGE_KEY)));
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the prompt then simply waits for engagement again.
  }
  return next;
}
