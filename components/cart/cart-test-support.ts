import { vi } from 'vitest';
import { CART_COUNT_COOKIE } from '@/lib/cart/cart-count-cookie-name';
import type { CartSummary } from '@/lib/cart/cart-summary';
import type { PendingAdd } from './pending-adds';

/**
 * Fresh copies of the cart's browser modules, an empty queue and no count cookie. The count,
 * the listeners and the query cache are module-wide, so without this one test's badge leaks
 * into the next. Import other cart modules (dynamically) after this to share these copies.
 */
export async function freshCart() {
  vi.resetModules();
  localStorage.clear();
  // happy-dom keeps an empty cookie on max-age=0; an expiry in the past removes it.
  document.cookie = `${CART_COUNT_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  const [{ cartStore }, { pendingAdds }] = await Promise.all([
    import('./cart-store'),
    import('./pending-adds'),
  ]);
  return { cartStore, pendingAdds };
}

export function queuedAdd(requestId: string, quantity = 1, productId = 'tee'): PendingAdd {
  return {
    requestId,
    locale: 'en-US',
    productId,
    color: 'navy',
    size: 'M',
    quantity,
    name: `Name of ${productId}`,
  };
}

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** A cart of single-unit lines, one per quantity given: `cartOf(1, 2)` holds 3 items. */
export function cartOf(...quantities: number[]): CartSummary {
  const lines = quantities.map((quantity, index) => ({
    id: `line-${index}`,
    name: `Item ${index}`,
    variantLabel: 'Navy / M',
    imageUrl: `/item-${index}.jpg`,
    quantity,
    unitPrice: usd(1_000),
    lineTotal: usd(1_000 * quantity),
  }));
  const itemCount = quantities.reduce((sum, quantity) => sum + quantity, 0);
  return {
    itemCount,
    subtotal: usd(1_000 * itemCount),
    shippingFrom: null,
    discount: null,
    freeShippingCode: null,
    lines,
  };
}

export interface SentRequest {
  url: string;
  method: string;
  body: unknown;
}

/** No answer at all (offline, or the network dropped it): what `fetch` rejects with. */
export const OFFLINE = 'offline';

type Answer = { status: number; body: unknown } | typeof OFFLINE;

export const cartAnswer = (cart: CartSummary | null): Answer => ({ status: 200, body: { cart } });

export const errorAnswer = (status: number, code: string, message: string): Answer => ({
  status,
  body: { error: { code, message } },
});

/**
 * Stands in for the same-origin cart routes: `answer` decides each reply (or a promise of it, to
 * hold a reply back). Returns what was sent, in order. Undo with `vi.unstubAllGlobals()`.
 */
export function fakeCartRoutes(
  answer: (request: SentRequest) => Answer | Promise<Answer>,
): SentRequest[] {
  const sent: SentRequest[] = [];
  const fetch = async (url: string, init: RequestInit = {}) => {
    const request: SentRequest = {
      url,
      method: init.method ?? 'GET',
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    sent.push(request);
    const reply = await answer(request);
    if (reply === OFFLINE) throw new TypeError('Failed to fetch');
    return Response.json(reply.body, { status: reply.status });
  };
  vi.stubGlobal('fetch', vi.fn(fetch));
  return sent;
}
