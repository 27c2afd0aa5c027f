import { cheapest, shippingRates } from '@/lib/checkout/shipping-rates';
import type { Cart } from '@/lib/services/cart/client';
import { toCartSummary, type CartSummary } from './cart-summary';

/**
 * The cart as the browser sees it, with the cheapest shipping rate as the estimate: the cart
 * page, the cart routes and the promo code action all answer with it.
 */
export async function summaryWithEstimate(
  cart: Cart | null | undefined,
): Promise<CartSummary | null> {
  if (!cart) return null;
  return toCartSummary(cart, cheapest(await shippingRates(cart.currency)));
}
