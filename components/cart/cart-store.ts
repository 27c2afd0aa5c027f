/**
 * What the header badge, the drawer and the product page share in the browser: the item count
 * and whether the drawer is open. A tiny store instead of a query cache, because the badge is on
 * every page and must cost next to nothing there.
 */
import { CART_COUNT_COOKIE } from '@/lib/cart/cart-count-cookie-name';
import { pendingAdds } from './pending-adds';

type Listener = () => void;

// The name is a plain token (letters and `_`): nothing in it needs escaping in a pattern.
const COUNT_COOKIE = new RegExp(`(?:^|;\\s*)${CART_COUNT_COOKIE}=(\\d{1,4})`);

let count: number | undefined;
let drawerOpen = false;
const listeners = new Set<Listener>();

function emit(): void {
  for (const listener of listeners) listener();
}

export const cartStore = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /**
   * Starts from the cart actions' count cookie; after that the store is the truth on this page.
   * Whatever the server's count, what waits to be sent from offline is counted on top.
   */
  count(): number {
    count ??= Number(COUNT_COOKIE.exec(document.cookie)?.[1] ?? 0) + pendingAdds.quantity();
    return count;
  },
  /** The server's item count (or an optimistic copy of the server's cart): the badge adds the queue. */
  setServerCount(itemCount: number): void {
    count = Math.max(0, itemCount + pendingAdds.quantity());
    emit();
  },
  /** An add shown before the server has answered, or taken back when it refused. */
  adjustCount(delta: number): void {
    count = Math.max(0, cartStore.count() + delta);
    emit();
  },
  isDrawerOpen(): boolean {
    return drawerOpen;
  },
  setDrawerOpen(open: boolean): void {
    drawerOpen = open;
    emit();
  },
};
