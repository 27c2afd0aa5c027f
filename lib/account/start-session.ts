import { customers } from '@/lib/services/customers/client';
import { mergeGuestWishlist } from '@/lib/wishlist/merge-guest-wishlist';
import { readSessionToken, writeSession } from './session-cookie';

/**
 * Signs this browser in with a session the customer service just opened. A session this browser
 * held before is ended first: each sign-in gets a new token, so one planted or seen before
 * signing in is worth nothing after.
 */
export async function startSession(session: { token: string; expiresAt: string }): Promise<void> {
  const previous = await readSessionToken();
  if (previous && previous !== session.token) await customers.signOut(previous);
  await writeSession(session.token, session.expiresAt);
  await mergeGuestWishlist(session.token);
}
