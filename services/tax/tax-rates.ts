import type { Currency } from '../catalog/money';

/**
 * REFERENCE tax table, good enough to show realistic totals in the demo
 * stores; it is not tax advice. Production should replace this table with a
 * tax provider behind the same `computeTax` function.
 *
 * Rates are integers in millionths (1% = 10_000) because several US states
 * have rates that are not whole basis points (MO 4.225%, MN 6.875%,
 * NJ 6.625%, NM 4.875%), and money must never go through float arithmetic.
 */
export const RATE_DENOMINATOR = 1_000_000;

export interface RegionRate {
  label: string;
  ratePerMillion: number;
  shippingTaxable: boolean;
}

/** What the tax is called: a US state's sales tax, value added tax, Japan's consumption tax. */
export type TaxKind = 'sales' | 'vat' | 'consumption';

interface MarketTax {
  currency: Currency;
  kind: TaxKind;
  pricesIncludeTax: boolean;
  /** Inclusive (VAT) markets have one national rate; the US has one per state. */
  national?: RegionRate & { code: string };
  regions?: Readonly<Record<string, RegionRate>>;
}

/**
 * US: the STATE base rate only (county/city/district rates are left to the
 * provider). Simplification for shipping: `shippingTaxable` is true for the
 * states whose commonly published rule taxes separately stated delivery
 * charges on taxable goods; everywhere else separately stated shipping is
 * treated as exempt (e.g. CA, where common-carrier delivery is exempt).
 */
function state(name: string, percentTimes1000: number, shippingTaxable: boolean): RegionRate {
  // Written as percent x 1000 (7.25% -> 7250) so the table reads like the
  // published percentages; x10 turns it into millionths.
  return { label: `${name} sales tax`, ratePerMillion: percentTimes1000 * 10, shippingTaxable };
}

const US_STATES: Readonly<Record<string, RegionRate>> = {
  AL: state('Alabama', 4000, false),
  AK: state('Alaska', 0, false),
  AZ: state('Arizona', 5600, false),
  AR: state('Arkansas', 6500, true),
  CA: state('California', 7250, false),
  CO: state('Colorado', 2900, false),
  CT: state('Connecticut', 6350, true),
  DE: state('Delaware', 0, false),
  DC: state('District of Columbia', 6000, true),
  FL: state('Florida', 6000, false),
  GA: state('Georgia', 4000, true),
  HI: state('Hawaii', 4000, true),
  ID: state('Idaho', 6000, false),
  IL: state('Illinois', 6250, false),
  IN: state('Indiana', 7000, true),
  IA: state('Iowa', 6000, false),
  KS: state('Kansas', 6500, true),
  KY: state('Kentucky', 6000, true),
  LA: state('Louisiana', 5000, false),
  ME: state('Maine', 5500, false),
  MD: state('Maryland', 6000, false),
  MA: state('Massachusetts', 6250, false),
  MI: state('Michigan', 6000, true),
  MN: state('Minnesota', 6875, true),
  MS: state('Mississippi', 7000, true),
  MO: state('Missouri', 4225, false),
  MT: state('Montana', 0, false),
  NE: state('Nebraska', 5500, true),
  NV: state('Nevada', 6850, false),
  NH: state('New Hampshire', 0, false),
  NJ: state('New Jersey', 6625, true),
  NM: state('New Mexico', 4875, true),
  NY: state('New York', 4000, true),
  NC: state('North Carolina', 4750, true),
  ND: state('North Dakota', 5000, true),
  OH: state('Ohio', 5750, true),
  OK: state('Oklahoma', 4500, false),
  OR: state('Oregon', 0, false),
  PA: state('Pennsylvania', 6000, true),
  RI: state('Rhode Island', 7000, true),
  SC: state('South Carolina', 6000, true),
  SD: state('South Dakota', 4200, true),
  TN: state('Tennessee', 7000, true),
  TX: state('Texas', 6250, true),
  UT: state('Utah', 6100, false),
  VT: state('Vermont', 6000, true),
  VA: state('Virginia', 5300, false),
  WA: state('Washington', 6500, true),
  WV: state('West Virginia', 6000, true),
  WI: state('Wisconsin', 5000, true),
  WY: state('Wyoming', 4000, false),
};

/** VAT/consumption tax: shown prices include it, and shipping is taxed at the same rate. */
function vat(
  code: string,
  label: string,
  percent: number,
  currency: Currency,
  kind: TaxKind = 'vat',
): MarketTax {
  return {
    currency,
    kind,
    pricesIncludeTax: true,
    national: { code, label, ratePerMillion: percent * 10_000, shippingTaxable: true },
  };
}

export const TAX_MARKETS: Readonly<Record<string, MarketTax>> = {
  US: { currency: 'USD', kind: 'sales', pricesIncludeTax: false, regions: US_STATES },
  DE: vat('DE-VAT', 'Germany VAT', 19, 'EUR'),
  FR: vat('FR-VAT', 'France VAT', 20, 'EUR'),
  JP: vat('JP-CT', 'Japan consumption tax', 10, 'JPY', 'consumption'),
};
