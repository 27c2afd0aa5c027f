import { currencyDigits } from '@/lib/i18n/money';

/** Minor units to a decimal string ("1999" USD -> "19.99", "4350" JPY -> "4350"). */
export function decimalPrice(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  const negative = amount < 0;
  const units = Math.abs(Math.trunc(amount));
  if (digits === 0) return `${negative ? '-' : ''}${units}`;
  const scale = 10 ** digits;
  const whole = Math.floor(units / scale);
  const fraction = String(units % scale).padStart(digits, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}
