import type { Money } from '@/lib/i18n/money';
import type { Cart } from '@/lib/services/cart/client';

interface CartSummaryLine {
  id: string;
  name: string;
  variantLabel: string;
  imageUrl: string;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
}

/**
 * The cart as the shopper's browser sees it: no cart id (that stays in the httpOnly cookie)
 * and no version (the server re-applies changes on conflicts).
 */
export interface CartSummary {
  itemCount: number;
  subtotal: Money;
  /** The cheapest shipping rate in the cart's currency: the estimate shown before checkout. */
  shippingFrom: Money | null;
  /** What the applied promo code takes off the goods, when one applies. */
  discount: { code: string; amount: Money } | null;
  /** The applied code makes delivery free. */
  freeShippingCode: string | null;
  lines: CartSummaryLine[];
}

export function toCartSummary(
  cart: Cart | undefined,
  shippingFrom: Money | undefined,
): CartSummary | null {
  if (!cart) return null;
  return {
    itemCount: cart.itemCount,
    subtotal: cart.subtotal,
    shippingFrom: shippingFrom ?? null,
    discount:
      cart.promotion?.applied && cart.totals.discount
        ? { code: cart.promotion.code, amount: cart.totals.discount }
        : null,
    freeShippingCode:
      cart.promotion?.applied && cart.promotion.freeShipping ? cart.promotion.code : null,
    lines: cart.lines.map((line) => ({
      id: line.id,
      name: line.name,
      variantLabel: line.variantLabel,
      imageUrl: line.image.url,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      lineTotal: line.lineTotal,
    })),
  };
}

/**
 * The cart after a quantity change, before the server has answered: what the stepper shows at
 * once. Quantity 0 removes the line. Totals are recomputed from unit prices, as the server does;
 * a code's discount keeps its last amount until the server's answer prices it again.
 */
export function withLineQuantity(
  summary: CartSummary,
  lineId: string,
  quantity: number,
): CartSummary {
  const lines = summary.lines.flatMap((line) => {
    if (line.id !== lineId) return [line];
    if (quantity <= 0) return [];
    return [
      {
        ...line,
        quantity,
        lineTotal: { ...line.unitPrice, amount: line.unitPrice.amount * quantity },
      },
    ];
  });
  return {
    ...summary,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: {
      ...summary.subtotal,
      amount: lines.reduce((sum, line) => sum + line.lineTotal.amount, 0),
    },
  };
}

/**
 * Goods after the code's discount plus the cheapest delivery (none with a free-shipping code):
 * the estimate shown before checkout knows the address and so the tax.
 */
export function estimatedTotal(summary: CartSummary): Money | null {
  if (!summary.shippingFrom) return null;
  const shipping = summary.freeShippingCode ? 0 : summary.shippingFrom.amount;
  const discount = summary.discount?.amount.amount ?? 0;
  return { ...summary.subtotal, amount: summary.subtotal.amount - discount + shipping };
}
