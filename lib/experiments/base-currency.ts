import type { Currency } from '@/lib/i18n/markets';

/**
 * Revenue is compared across markets in one currency. These are the reference rates the
 * embedded catalog prices with (services/catalog/money.ts: EUR ~0.92×, JPY ~150× USD); a real
 * deployment takes them from its finance data, and a lift never depends on them within a market.
 */
const UNITS_PER_USD: Record<Currency, number> = { USD: 1, EUR: 0.92, JPY: 150 };
/** Minor units per major unit (JPY has none). */
const MINOR_UNITS: Record<Currency, number> = { USD: 100, EUR: 100, JPY: 1 };

export function toUsdCents(amount: number, currency: Currency): number {
  return Math.round((amount / MINOR_UNITS[currency] / UNITS_PER_USD[currency]) * 100);
}
