import { describe, expect, it } from 'vitest';
import {
  OFFER_AFTER_PAGE_VIEWS,
  QUIET_AFTER_DISMISS_MS,
  parseEngagement,
  shouldOfferInstall,
} from './engagement';

const now = Date.UTC(2026, 10, 21);

describe('shouldOfferInstall', () => {
  it('never offers on the first view', () => {
    expect(shouldOfferInstall({ pageViews: 1, addedToCart: false, dismissedAt: null }, now)).toBe(
      false,
    );
    expect(shouldOfferInstall({ pageViews: 1, addedToCart: true, dismissedAt: null }, now)).toBe(
      false,
    );
  });

  it('offers after a few page views, or sooner once something is in the cart', () => {
    expect(
      shouldOfferInstall(
        { pageViews: OFFER_AFTER_PAGE_VIEWS - 1, addedToCart: false, dismissedAt: null },
        now,
      ),
    ).toBe(false);
    expect(
      shouldOfferInstall(
        { pageViews: OFFER_AFTER_PAGE_VIEWS, addedToCart: false, dismissedAt: null },
        now,
      ),
    ).toBe(true);
    expect(shouldOfferInstall({ pageViews: 2, addedToCart: true, dismissedAt: null }, now)).toBe(
      true,
    );
  });

  it('stays quiet for a while after "Not now", then may offer again', () => {
    const engaged = { pageViews: 10, addedToCart: true };
    expect(shouldOfferInstall({ ...engaged, dismissedAt: now - 1000 }, now)).toBe(false);
    expect(
      shouldOfferInstall({ ...engaged, dismissedAt: now - QUIET_AFTER_DISMISS_MS - 1 }, now),
    ).toBe(true);
  });
});

describe('parseEngagement', () => {
  it('reads what was stored', () => {
    expect(parseEngagement('{"pageViews":4,"addedToCart":true,"dismissedAt":5}')).toEqual({
      pageViews: 4,
      addedToCart: true,
      dismissedAt: 5,
    });
  });

  it('treats missing, corrupt or mistyped values as a new shopper', () => {
    const none = { pageViews: 0, addedToCart: false, dismissedAt: null };
    expect(parseEngagement(null)).toEqual(none);
    expect(parseEngagement('{not json')).toEqual(none);
    expect(parseEngagement('{"pageViews":"9","addedToCart":1,"dismissedAt":"x"}')).toEqual(none);
  });
});
