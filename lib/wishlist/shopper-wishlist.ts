import { readSessionToken } from '@/lib/account/session-cookie';
import { customers } from '@/lib/services/customers/client';
import { readGuestWishlist, writeGuestWishlist } from './guest-wishlist';
import { withProduct } from './wishlist-cookie';

/*
 * Whose list a request reads and changes: the account's when the session cookie holds a session
 * the customer service knows, the guest cookie's otherwise. The service is asked directly with
 * the token (no separate "who is this" call): its 401 is what makes a stale session a guest.
 * When it does not answer, a session holder's list is unavailable: neither read nor changed in
 * the cookie instead, where it would be invisible once the service is back.
 */

type WishlistRead = { ok: true; productIds: string[]; signedIn: boolean } | { ok: false };

/** `full`: the account holds as many products as the service allows (200). */
type WishlistChange = 'done' | 'unknownProduct' | 'full' | 'unavailable';

export async function readWishlist(): Promise<WishlistRead> {
  const token = await readSessionToken();
  if (token) {
    const found = await customers.wishlist(token);
    // The service lists newest first, as the cookie does.
    if (found.ok)
      return {
        ok: true,
        signedIn: true,
        productIds: found.value.items.map((item) => item.productId),
      };
    if (found.error.status !== 401) return { ok: false };
  }
  return { ok: true, signedIn: false, productIds: await readGuestWishlist() };
}

/** Saves (`wished`) or removes a product; both are idempotent. */
export async function setWished(productId: string, wished: boolean): Promise<WishlistChange> {
  const token = await readSessionToken();
  if (token) {
    const changed = wished
      ? await customers.addToWishlist(token, productId)
      : await customers.removeFromWishlist(token, productId);
    if (changed.ok) return 'done';
    if (changed.error.status === 404) return 'unknownProduct';
    if (changed.error.status === 409) return 'full';
    if (changed.error.status !== 401) return 'unavailable';
  }
  await writeGuestWishlist(withProduct(await readGuestWishlist(), productId, wished));
  return 'done';
}
