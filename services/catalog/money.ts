import { z } from 'zod';

export const CURRENCIES = ['USD', 'EUR', 'JPY'] as const;
export const currencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof currencySchema>;

/** Amount in minor units (cents; whole yen for JPY, which has no minor unit). */
export interface Money {
  amount: number;
  currency: Currency;
}

export type PriceList = Record<Currency, number>;

/**
 * Prices are authored per currency (as a merchant would), not converted at
 * request time: EUR ~0.92x ending in .95/.99, JPY ~150x rounded to 10 yen.
 */
export function priceListFromUsd(usdCents: number): PriceList {
  const euros = Math.max(1, Math.floor((usdCents * 0.92) / 100));
  const eurCents = euros * 100 - (euros % 2 === 0 ? 1 : 5);
  const yen = Math.max(10, Math.round((usdCents * 1.5) / 10) * 10);
  return { USD: usdCents, EUR: eurCents, JPY: yen };
}

export function multiplyMoney(money: Money, quantity: number): Money {
  return { amount: money.amount * quantity, currency: money.currency };
}
