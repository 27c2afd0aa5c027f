import { cartResponse } from '@/lib/cart/cart-response';
import { requestLocale } from '@/lib/cart/cart-request';
import { findCart } from '@/lib/cart/cart-session';

/** The shopper's cart for the drawer (names in the page's language); per shopper, never cached. */
export async function GET(request: Request): Promise<Response> {
  const locale = requestLocale(new URL(request.url).searchParams.get('locale'));
  const found = await findCart(locale);
  return cartResponse(
    locale,
    found.ok ? { ok: true, cart: found.value } : { ok: false, failure: 'unavailable' },
  );
}
