import type { Locale } from './markets';

export interface Money {
  amount: number;
  currency: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: Locale, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Amounts travel in minor units (cents; yen have none), so the divisor comes from the currency. */
export function formatMoney(money: Money, locale: Locale): string {
  const formatter = formatterFor(locale, money.currency);
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(money.amount / 10 ** digits);
}

/** Whole units a shopper typed (e.g. 50 for $50) as the minor units services expect. */
export function toMinorUnits(whole: number, currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return Math.round(whole * 10 ** digits);
}

export function toWholeUnits(money: Money): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return money.amount / 10 ** digits;
}
