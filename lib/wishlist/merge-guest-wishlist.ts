import { customers } from '@/lib/services/customers/client';
import { readGuestWishlist, writeGuestWishlist } from './guest-wishlist';

/**
 * At sign-in, what the shopper saved as a guest joins the account's list and the cookie goes.
 * The service skips products it does not know. When it does not take the list, the cookie stays
 * for the next sign-in: nothing saved is lost to an outage, and signing in never fails for it.
 */
export async function mergeGuestWishlist(token: string): Promise<void> {
  const productIds = await readGuestWishlist();
  if (productIds.length === 0) return;
  const merged = await customers.mergeWishlist(token, productIds);
  if (merged.ok) await writeGuestWishlist([]);
}
