import type { Money } from '@/lib/i18n/money';
import { checkout, type CheckoutCurrency, type ShippingRate } from '@/lib/services/checkout/client';

const TTL_MS = 10 * 60_000;
const memo = new Map<CheckoutCurrency, { rates: ShippingRate[]; until: number }>();

/**
 * Shipping rates per currency. They change with a deployment, not per shopper, so one answer is
 * kept for ten minutes per process (carts and checkout pages are per request and would
 * otherwise ask on every view). An outage answers no rates; pages then show no estimate.
 */
export async function shippingRates(currency: CheckoutCurrency): Promise<ShippingRate[]> {
  const held = memo.get(currency);
  if (held && held.until > Date.now()) return held.rates;
  const answer = await checkout.shippingRates(currency);
  if (!answer.ok) return held?.rates ?? [];
  memo.set(currency, { rates: answer.value, until: Date.now() + TTL_MS });
  return answer.value;
}

/** The cheapest rate: what the cart shows as its shipping estimate. */
export function cheapest(rates: ShippingRate[]): Money | undefined {
  return rates.reduce<ShippingRate | undefined>(
    (low, rate) => (!low || rate.price.amount < low.price.amount ? rate : low),
    undefined,
  )?.price;
}
