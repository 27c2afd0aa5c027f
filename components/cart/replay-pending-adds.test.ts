// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  OFFLINE,
  cartAnswer,
  cartOf,
  errorAnswer,
  fakeCartRoutes,
  freshCart,
  queuedAdd,
  type SentRequest,
} from './cart-test-support';

const UNAVAILABLE = 'The cart is unavailable';

let cart: Awaited<ReturnType<typeof freshCart>>;
let replayPendingAdds: typeof import('./replay-pending-adds').replayPendingAdds;

/** The server's cart holds `items` before the replay; each accepted add adds its quantity. */
function serverWith(items: number, refuse: Record<string, ReturnType<typeof errorAnswer>> = {}) {
  return fakeCartRoutes((request: SentRequest) => {
    const { requestId, quantity } = request.body as { requestId: string; quantity: number };
    const refusal = refuse[requestId];
    if (refusal) return refusal;
    items += quantity;
    return cartAnswer(cartOf(items));
  });
}

/** What an add does offline: it shows on the badge at once, then waits in the queue. */
function addOffline(requestId: string, quantity: number) {
  cart.cartStore.adjustCount(quantity);
  cart.pendingAdds.add(queuedAdd(requestId, quantity));
}

const queuedIds = () => cart.pendingAdds.list().map((entry) => entry.requestId);

beforeEach(async () => {
  cart = await freshCart();
  ({ replayPendingAdds } = await import('./replay-pending-adds'));
  // A cart of two, then three items added offline.
  cart.cartStore.setServerCount(2);
  addOffline('add-1', 1);
  addOffline('add-2', 2);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('replayPendingAdds', () => {
  it('sends each queued add once, oldest first, under the request id it was queued with', async () => {
    const sent = serverWith(2);
    const outcome = await replayPendingAdds(UNAVAILABLE);
    expect(sent.map(({ method, url, body }) => ({ method, url, body }))).toEqual([
      { method: 'POST', url: '/api/cart/lines', body: withoutName(queuedAdd('add-1', 1)) },
      { method: 'POST', url: '/api/cart/lines', body: withoutName(queuedAdd('add-2', 2)) },
    ]);
    expect(outcome).toEqual({ added: 3, refused: [] });
    expect(queuedIds()).toEqual([]);
    expect(cart.cartStore.count()).toBe(5);
  });

  it('sends nothing the second time: what was sent left the queue', async () => {
    const sent = serverWith(2);
    await replayPendingAdds(UNAVAILABLE);
    expect(await replayPendingAdds(UNAVAILABLE)).toEqual({ added: 0, refused: [] });
    expect(sent).toHaveLength(2);
  });

  it('stops at the first add without an answer and keeps it and the later ones queued', async () => {
    addOffline('add-3', 4);
    let answered = 0;
    const sent = fakeCartRoutes(() => (answered++ === 0 ? cartAnswer(cartOf(3)) : OFFLINE));
    const outcome = await replayPendingAdds(UNAVAILABLE);
    expect(sent).toHaveLength(2);
    expect(outcome).toEqual({ added: 1, refused: [] });
    expect(queuedIds()).toEqual(['add-2', 'add-3']);
    // The server's 3 items plus the 6 still waiting.
    expect(cart.cartStore.count()).toBe(9);
  });

  it.each([500, 503, 408, 429])('keeps the add for the next chance on a %i', async (status) => {
    fakeCartRoutes(() => errorAnswer(status, 'unavailable', 'Try again'));
    expect(await replayPendingAdds(UNAVAILABLE)).toEqual({ added: 0, refused: [] });
    expect(queuedIds()).toEqual(['add-1', 'add-2']);
    expect(cart.cartStore.count()).toBe(5);
  });

  it('drops an add the cart refused, names it with the reason, and sends the rest', async () => {
    serverWith(2, { 'add-1': errorAnswer(422, 'insufficientStock', 'Sold out') });
    const outcome = await replayPendingAdds(UNAVAILABLE);
    expect(outcome).toEqual({ added: 2, refused: [{ name: 'Name of tee', reason: 'Sold out' }] });
    expect(queuedIds()).toEqual([]);
    // The server's count, which never had the refused item: the badge takes it off again.
    expect(cart.cartStore.count()).toBe(4);
  });

  // With no add accepted there is no server count to settle on: the refused items still come off.
  it('takes refused adds off the badge even when no add was accepted', async () => {
    serverWith(2, {
      'add-1': errorAnswer(422, 'insufficientStock', 'Sold out'),
      'add-2': errorAnswer(422, 'insufficientStock', 'Sold out'),
    });
    await replayPendingAdds(UNAVAILABLE);
    expect(queuedIds()).toEqual([]);
    expect(cart.cartStore.count()).toBe(2);
  });

  it('holds the cart-pending-adds Web Lock, so a second tab replaying meanwhile sends nothing', async () => {
    const names: string[] = [];
    let held = Promise.resolve();
    const locks = {
      request(name: string, run: () => Promise<unknown>) {
        names.push(name);
        const result = held.then(run);
        held = result.then(() => undefined);
        return result;
      },
    };
    vi.spyOn(navigator, 'locks', 'get').mockReturnValue(locks as unknown as LockManager);
    const sent = serverWith(2);
    const [first, second] = await Promise.all([
      replayPendingAdds(UNAVAILABLE),
      replayPendingAdds(UNAVAILABLE),
    ]);
    expect(names).toEqual(['cart-pending-adds', 'cart-pending-adds']);
    expect(sent).toHaveLength(2);
    expect(first.added + second.added).toBe(3);
  });
});

function withoutName({ name: _name, ...add }: ReturnType<typeof queuedAdd>) {
  return add;
}
