import type { Currency } from '../catalog/money';
import { RATE_DENOMINATOR, TAX_MARKETS, type RegionRate, type TaxKind } from './tax-rates';

export interface TaxInput {
  country: string;
  region?: string;
  currency: Currency;
  /** unitPrice in minor units, as shown to the shopper (tax-inclusive in VAT markets). */
  lines: Array<{ id: string; unitPrice: number; quantity: number }>;
  /** Minor units, as shown to the shopper. */
  shipping: number;
}

interface TaxLine {
  /** e.g. 'US-CA', 'DE-VAT'. */
  code: string;
  kind: TaxKind;
  /** The state of a regional rate (US). */
  region?: string;
  /** Plain English identifier; the storefront localizes by code + rate. */
  label: string;
  /** Integer millionths (7.25% = 72_500): some US state rates are not whole basis points. */
  ratePerMillion: number;
  /** Net amount the rate applies to, minor units, excluding the tax in every market. */
  taxable: number;
  tax: number;
}

export interface TaxBreakdown {
  pricesIncludeTax: boolean;
  net: number;
  taxLines: TaxLine[];
  tax: number;
  /** What the shopper pays. */
  gross: number;
}

type TaxError = 'unknown-country' | 'unknown-region' | 'currency-mismatch' | 'invalid-amount';

/** Unknown places and bad amounts are the caller's input errors (a 4xx), so they are values, not throws. */
export type TaxResult = { ok: true; breakdown: TaxBreakdown } | { ok: false; error: TaxError };

const DENOMINATOR = BigInt(RATE_DENOMINATOR);

/**
 * numerator / denominator rounded half-up, for non-negative operands.
 * Half-up, not banker's: it is the rule US states publish (a half cent or
 * more rounds up) and the usual commercial rule for VAT in DE/FR/JP, so a
 * shopper or auditor recomputing the tax by hand gets the same number.
 */
function divideRoundHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

function isMinorAmount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function validAmounts(input: TaxInput): boolean {
  return (
    isMinorAmount(input.shipping) &&
    input.lines.every(
      (line) =>
        isMinorAmount(line.unitPrice) && Number.isSafeInteger(line.quantity) && line.quantity > 0,
    )
  );
}

interface AppliedRate {
  code: string;
  kind: TaxKind;
  region?: string;
  rate: RegionRate;
  pricesIncludeTax: boolean;
}

/** Own keys only: a country like 'constructor' must not find Object.prototype members. */
function lookup<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string | undefined,
): T | undefined {
  return record !== undefined && key !== undefined && Object.hasOwn(record, key)
    ? record[key]
    : undefined;
}

function findRate(input: TaxInput): AppliedRate | TaxError {
  const market = lookup(TAX_MARKETS, input.country);
  if (!market) return 'unknown-country';
  if (market.currency !== input.currency) return 'currency-mismatch';
  const { pricesIncludeTax } = market;
  const { kind } = market;
  if (market.national)
    return { code: market.national.code, kind, rate: market.national, pricesIncludeTax };
  const region = lookup(market.regions, input.region);
  if (!region || input.region === undefined) return 'unknown-region';
  return {
    code: `${input.country}-${input.region}`,
    kind,
    region: input.region,
    rate: region,
    pricesIncludeTax,
  };
}

/**
 * Tax for a whole order. Rounding happens ONCE per rate on the order's sum,
 * never per line, so the lines, the tax and the total always add up (per-line
 * rounding drifts by up to half a minor unit per line). Invariants:
 * `net + tax === gross`; inclusive markets: `gross === subtotal + shipping`
 * (the shopper pays the shown price); exclusive: `gross === subtotal + shipping + tax`.
 */
export function computeTax(input: TaxInput): TaxResult {
  if (!validAmounts(input)) return { ok: false, error: 'invalid-amount' };
  const found = findRate(input);
  if (typeof found === 'string') return { ok: false, error: found };
  const { code, kind, region, rate, pricesIncludeTax } = found;

  const subtotal = input.lines.reduce(
    (sum, line) => sum + BigInt(line.unitPrice) * BigInt(line.quantity),
    0n,
  );
  const shown = subtotal + BigInt(input.shipping);
  const base = rate.shippingTaxable ? shown : subtotal;
  const ratePerMillion = BigInt(rate.ratePerMillion);

  const tax = pricesIncludeTax
    ? divideRoundHalfUp(base * ratePerMillion, DENOMINATOR + ratePerMillion)
    : divideRoundHalfUp(base * ratePerMillion, DENOMINATOR);
  const taxLines: TaxLine[] =
    rate.ratePerMillion === 0
      ? []
      : [
          {
            code,
            kind,
            ...(region === undefined ? {} : { region }),
            label: rate.label,
            ratePerMillion: rate.ratePerMillion,
            taxable: pricesIncludeTax ? Number(base) - tax : Number(base),
            tax,
          },
        ];
  const gross = pricesIncludeTax ? Number(shown) : Number(shown) + tax;
  return { ok: true, breakdown: { pricesIncludeTax, net: gross - tax, taxLines, tax, gross } };
}
