import { readWishlist } from '@/lib/wishlist/shopper-wishlist';
import { PRIVATE, refusal, unavailable } from '@/lib/wishlist/wishlist-http';

/**
 * The shopper's saved product ids, newest first: the account's when signed in, the cookie's
 * otherwise. The heart island asks only for an account's list; a guest's it reads itself.
 */
export async function GET(request: Request): Promise<Response> {
  const refused = refusal(request);
  if (refused) return refused;
  const wishlist = await readWishlist();
  if (!wishlist.ok) return unavailable();
  return Response.json({ productIds: wishlist.productIds }, { headers: PRIVATE });
}
