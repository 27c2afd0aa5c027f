'use client';

import { useEffect } from 'react';
import { trackEvent } from '@/components/analytics/events';

const KEY = 'tracked_orders';
const REMEMBERED = 20;

/**
 * Counts an order once per browser, although its confirmation page is shown again on reload
 * and after an order lookup. Remembers the last few order numbers in localStorage.
 */
function firstView(orderId: string): boolean {
  try {
    const seen = (localStorage.getItem(KEY) ?? '').split(',').filter(Boolean);
    if (seen.includes(orderId)) return false;
    localStorage.setItem(KEY, [...seen, orderId].slice(-REMEMBERED).join(','));
    return true;
  } catch {
    // Storage blocked: counting twice is better than never.
    return true;
  }
}

/** The `purchase` event on the order confirmation page. Renders nothing. */
export function TrackPurchase({
  orderId,
  currency,
  value,
  items,
}: {
  orderId: string;
  currency: string;
  value: number;
  items: number;
}) {
  useEffect(() => {
    if (firstView(orderId)) trackEvent('purchase', { currency, value, items });
  }, [orderId, currency, value, items]);
  return null;
}
