import { CART_FAILURES, findCart, type CartFailure } from '@/lib/cart/cart-session';
import type { CartSummary } from '@/lib/cart/cart-summary';
import { summaryWithEstimate } from '@/lib/cart/cart-with-estimate';
import type { Locale } from '@/lib/i18n/markets';
import type { Promotion } from '@/lib/services/cart/client';
import { markOutage } from '@/lib/services/transport/request-scope';

export interface CartPageData {
  /** A refusal a no-script form post was redirected back with (`?error=`), if it is a known one. */
  failure?: CartFailure;
  /**
   * The cart with a shipping estimate: null when the shopper has none yet, undefined when the
   * cart service did not answer (the page then says the cart is unavailable).
   */
  summary?: CartSummary | null;
  /** The promo code on the cart and whether it applies now. */
  promotion?: Promotion;
}

/** The shopper's cart for the cart page: per request, since it reads the cart cookie. */
export async function loadCartPage(
  locale: Locale,
  query: Record<string, string | string[] | undefined>,
): Promise<CartPageData> {
  const failure = CART_FAILURES.find((code) => code === query.error);
  const found = await findCart(locale);
  if (!found.ok) {
    markOutage();
    return { failure };
  }
  const cart = found.value;
  return { failure, summary: await summaryWithEstimate(cart), promotion: cart?.promotion };
}
