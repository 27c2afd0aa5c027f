import { CartRequestError, cartApi } from './cart-api';
import { cartStore } from './cart-store';
import { pendingAdds } from './pending-adds';

export interface ReplayOutcome {
  /** Items now in the cart that were added offline. */
  added: number;
  /** Adds the cart refused for good (sold out meanwhile, say), with the reason. */
  refused: { name: string; reason: string }[];
}

async function replayInOrder(fallbackMessage: string): Promise<ReplayOutcome> {
  const outcome: ReplayOutcome = { added: 0, refused: [] };
  let itemCount: number | undefined;
  let refusedQuantity = 0;
  for (const entry of pendingAdds.list()) {
    try {
      const { locale, productId, color, size, quantity, requestId } = entry;
      const cart = await cartApi.add(
        { locale, productId, color, size, quantity, requestId },
        fallbackMessage,
      );
      pendingAdds.remove(entry.requestId);
      outcome.added += entry.quantity;
      itemCount = cart?.itemCount ?? 0;
    } catch (failure) {
      if (!(failure instanceof CartRequestError) || !failure.refused) break; // still offline: the next chance will do
      pendingAdds.remove(entry.requestId);
      refusedQuantity += entry.quantity;
      outcome.refused.push({ name: entry.name, reason: failure.message });
    }
  }
  // The badge counted the queued adds: a server count replaces it; without one (nothing was
  // accepted) the refused adds come off it.
  if (itemCount !== undefined) cartStore.setServerCount(itemCount);
  else if (refusedQuantity > 0) cartStore.adjustCount(-refusedQuantity);
  return outcome;
}

/**
 * Sends what was added to the cart offline, oldest first. One tab at a time (a Web Lock); the
 * request ids make a second sending harmless anyway.
 */
export async function replayPendingAdds(fallbackMessage: string): Promise<ReplayOutcome> {
  const run = () => replayInOrder(fallbackMessage);
  return typeof navigator.locks?.request === 'function'
    ? await navigator.locks.request('cart-pending-adds', run)
    : run();
}
