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
  return formatterFor(locale, money.currency).format(
    money.amount / 10 ** currencyDigits(money.currency),
  );
}

const digitsByCurrency = new Map<string, number>();

/** Minor-unit digits of a currency: 2 for USD and EUR, 0 for JPY. */
export function currencyDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** Whole units a shopper typed (e.g. 50 for $50) as the minor units services expect. */
export function toMinorUnits(whole: number, currency: string): number {
  return Math.round(whole * 10 ** currencyDigits(currency));
}
