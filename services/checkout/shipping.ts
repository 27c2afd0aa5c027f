import { z } from 'zod';
import type { Currency, Money } from '../catalog/money';

const SHIPPING_METHODS = ['standard', 'express'] as const;
export const shippingMethodSchema = z.enum(SHIPPING_METHODS);
export type ShippingMethod = z.infer<typeof shippingMethodSchema>;

/** Flat rates per currency, authored like prices (minor units; whole yen). */
const SHIPPING_RATES: Record<ShippingMethod, Record<Currency, number>> = {
  standard: { USD: 500, EUR: 495, JPY: 700 },
  express: { USD: 1_500, EUR: 1_395, JPY: 2_000 },
};

/** Delivery promise in business days, shown next to each rate. */
const SHIPPING_DAYS: Record<ShippingMethod, { minDays: number; maxDays: number }> = {
  standard: { minDays: 3, maxDays: 5 },
  express: { minDays: 1, maxDays: 2 },
};

export interface ShippingRate {
  method: ShippingMethod;
  price: Money;
  minDays: number;
  maxDays: number;
}

export function shippingRates(currency: Currency): ShippingRate[] {
  return SHIPPING_METHODS.map((method) => ({
    method,
    price: shippingCost(method, currency),
    ...SHIPPING_DAYS[method],
  }));
}

export function shippingCost(method: ShippingMethod | undefined, currency: Currency): Money {
  return { amount: method ? SHIPPING_RATES[method][currency] : 0, currency };
}
