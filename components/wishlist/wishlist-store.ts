/**
 * Which products the shopper saved, for the hearts on a page. Cached pages render every heart
 * unpressed; this store fills them in after hydration. A guest's list is the `wishlist` cookie,
 * read here without a request. A signed-in shopper's (the `signed_in` hint cookie) is asked of
 * GET /api/wishlist once, when the first heart subscribes, and kept for later pages.
 * No schema library and no server module here: this ships with every product card.
 */
import { signedInStore } from '@/components/account/signed-in-store';
import { wishlistFromCookieHeader } from '@/lib/wishlist/wishlist-cookie';

type Listener = () => void;
type Owner = 'guest' | 'account';
interface Edit {
  wished: boolean;
}

const listeners = new Set<Listener>();
/**
 * The shopper's own changes on this page over what the server last said: shown at once, taken
 * back when refused. Each is its own object, so a late failure never undoes a newer click.
 */
const edits = new Map<string, Edit>();
let owner: Owner | undefined;
let accountIds: ReadonlySet<string> | undefined;
let loading = false;

function emit(): void {
  for (const listener of listeners) listener();
}

function loadAccountList(): void {
  loading = true;
  fetch('/api/wishlist', { cache: 'no-store' })
    .then(async (response) => {
      if (!response.ok) throw new Error(`wishlist answered ${response.status}`);
      // Same-origin route that checked the ids already.
      const { productIds } = (await response.json()) as { productIds: string[] };
      accountIds = new Set(productIds);
      emit();
    })
    // Unknown stays unknown: the hearts keep what the page rendered; the next page asks again.
    .catch(() => undefined)
    .finally(() => {
      loading = false;
    });
}

export const wishlistStore = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    // Signing in or out ends in a navigation whose hearts subscribe anew: the list follows.
    const current: Owner = signedInStore.isSignedIn() ? 'account' : 'guest';
    if (current !== owner) {
      owner = current;
      accountIds = undefined;
      edits.clear();
    }
    if (owner === 'account' && !accountIds && !loading) loadAccountList();
    return () => listeners.delete(listener);
  },

  /** Whether the product is saved; undefined while an account's list is still on its way. */
  has(productId: string): boolean | undefined {
    const edit = edits.get(productId);
    if (edit) return edit.wished;
    if (owner === 'guest') return wishlistFromCookieHeader(document.cookie).includes(productId);
    return accountIds?.has(productId);
  },

  /** Saves or removes at once, then asks the server; false (and taken back) when it refused. */
  async setWished(productId: string, wished: boolean): Promise<boolean> {
    const previous = edits.get(productId);
    const edit: Edit = { wished };
    edits.set(productId, edit);
    emit();
    const response = await fetch(`/api/wishlist/${productId}`, {
      method: wished ? 'PUT' : 'DELETE',
    }).catch(() => undefined);
    if (response?.ok) return true;
    if (edits.get(productId) === edit) {
      if (previous) edits.set(productId, previous);
      else edits.delete(productId);
      emit();
    }
    return false;
  },
};
