import { addLineInput } from '@/lib/cart/cart-input';
import { addVariant } from '@/lib/cart/cart-operations';
import { readCartRequest } from '@/lib/cart/cart-request';
import { cartResponse } from '@/lib/cart/cart-response';

/**
 * Add to cart from the product page: `{ locale, productId, color, size, quantity, requestId? }`.
 * The same `requestId` sent again (an offline queue replaying, a retry) adds once.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = await readCartRequest(request, addLineInput);
  if (!parsed.ok) return parsed.response;
  return cartResponse(parsed.input.locale, await addVariant(parsed.input));
}
