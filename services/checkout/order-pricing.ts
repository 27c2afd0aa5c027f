import type { ShippingAddress } from './address';
import { shippingCost, type ShippingMethod } from './shipping';
import type { Currency, Money } from '../catalog/money';
import type { PromoCode, PromoOutcome, PromoRefusal } from '../promotions/promo-code';
import { evaluatePromo } from '../promotions/promo-code';
import { computeTax } from '../tax/compute-tax';
import type { TaxKind } from '../tax/tax-rates';

interface TaxLineView {
  /** e.g. 'US-CA', 'DE-VAT'. */
  code: string;
  /** What the storefront calls it: a state's sales tax, VAT, consumption tax. */
  kind: TaxKind;
  /** The state of a US sales tax. */
  region?: string;
  ratePerMillion: number;
  /** What the rate applies to, without the tax. */
  taxable: Money;
  tax: Money;
}

export interface OrderTax {
  /** Prices shown include the tax (DE, FR, JP) or it comes on top (US). */
  included: boolean;
  lines: TaxLineView[];
  total: Money;
  /** The total without any tax. */
  net: Money;
}

/** The code on a cart and whether it applies now; `reason` when it does not. */
export interface Promotion {
  code: string;
  applied: boolean;
  freeShipping: boolean;
  reason?: PromoRefusal;
  /** With `below_minimum`: the spend the code needs. */
  minSubtotal?: Money;
}

export interface OrderTotals {
  subtotal: Money;
  /** Taken off the goods by a promo code. */
  discount?: Money;
  /** What delivery costs, once a method is chosen: zero with a free-shipping code. */
  shipping?: Money;
  /** Once the destination is known and its market has a tax. */
  tax?: OrderTax;
  /** What the shopper pays. */
  total: Money;
}

export interface PricingInput {
  subtotal: Money;
  shippingMethod?: ShippingMethod;
  shippingAddress?: ShippingAddress;
  /** The code on the cart, with its row (absent when the code no longer exists). */
  promo?: { code: string; found?: PromoCode };
}

/**
 * The one place an order's money is worked out: the cart shows it, the checkout review shows
 * it, and place-order charges it, so what the shopper saw is what they pay. Order of work: the
 * code's discount comes off the goods, then delivery, then tax on what is left (a discount
 * lowers the tax; in VAT markets the shown prices already hold it).
 */
export function priceOrder(
  input: PricingInput,
  now = new Date(),
): {
  totals: OrderTotals;
  promotion?: Promotion;
} {
  const { currency } = input.subtotal;
  const promotion = input.promo && promotionOf(input.promo, input.subtotal, now);
  const outcome = promotion?.outcome;
  const discount = outcome?.ok ? outcome.discount.amount : 0;
  const goods = input.subtotal.amount - discount;
  const shipping =
    input.shippingMethod &&
    money(
      outcome?.ok && outcome.freeShipping ? 0 : shippingCost(input.shippingMethod, currency).amount,
      currency,
    );
  const tax =
    input.shippingAddress && taxOf(input.shippingAddress, goods, shipping?.amount ?? 0, currency);
  const beforeTax = goods + (shipping?.amount ?? 0);
  const total = tax && !tax.included ? beforeTax + tax.total.amount : beforeTax;
  return {
    totals: {
      subtotal: input.subtotal,
      ...(discount > 0 ? { discount: money(discount, currency) } : {}),
      ...(shipping ? { shipping } : {}),
      ...(tax ? { tax } : {}),
      total: money(total, currency),
    },
    ...(promotion ? { promotion: promotion.view } : {}),
  };
}

function promotionOf(
  promo: NonNullable<PricingInput['promo']>,
  subtotal: Money,
  now: Date,
): { outcome: PromoOutcome; view: Promotion } {
  const outcome: PromoOutcome = promo.found
    ? evaluatePromo(promo.found, subtotal, now)
    : { ok: false, reason: 'unknown' };
  const view: Promotion = outcome.ok
    ? { code: promo.code, applied: true, freeShipping: outcome.freeShipping }
    : {
        code: promo.code,
        applied: false,
        freeShipping: false,
        reason: outcome.reason,
        ...(outcome.minSubtotal ? { minSubtotal: outcome.minSubtotal } : {}),
      };
  return { outcome, view };
}

/**
 * Tax by the destination's rules. A destination in another currency's market (a euro cart sent
 * to the US) has no rate for that currency: such an export carries no tax line, and the shopper
 * pays the prices shown.
 */
function taxOf(
  address: ShippingAddress,
  goods: number,
  shipping: number,
  currency: Currency,
): OrderTax | undefined {
  const result = computeTax({
    country: address.country,
    region: address.region,
    currency,
    lines: goods > 0 ? [{ id: 'goods', unitPrice: goods, quantity: 1 }] : [],
    shipping,
  });
  if (!result.ok) return undefined;
  const { breakdown } = result;
  return {
    included: breakdown.pricesIncludeTax,
    lines: breakdown.taxLines.map((line) => ({
      code: line.code,
      kind: line.kind,
      ...(line.region === undefined ? {} : { region: line.region }),
      ratePerMillion: line.ratePerMillion,
      taxable: money(line.taxable, currency),
      tax: money(line.tax, currency),
    })),
    total: money(breakdown.tax, currency),
    net: money(breakdown.net, currency),
  };
}

const money = (amount: number, currency: Currency): Money => ({ amount, currency });
