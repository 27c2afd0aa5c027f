// @vitest-environment happy-dom
import type { QueryClient } from '@tanstack/react-query';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CartSummary } from '@/lib/cart/cart-summary';
import {
  cartAnswer,
  cartOf,
  errorAnswer,
  fakeCartRoutes,
  freshCart,
  queuedAdd,
} from './cart-test-support';

// Tells React that updates are wrapped in act(), as a test renderer would.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const UNAVAILABLE = 'The cart is unavailable';
const KEY = ['cart', 'en-US'];

let cart: Awaited<ReturnType<typeof freshCart>>;
let useCart: typeof import('./use-cart');
let queryClient: QueryClient;
let unmount: () => void;

/** Mounts `hook` in a throwaway component and hands back what it returned on the last render. */
function mount<T>(hook: () => T): { current: T } {
  const last = {} as { current: T };
  function Probe() {
    last.current = hook();
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(createElement(Probe)));
  unmount = () => act(() => root.unmount());
  return last;
}

/**
 * Waits until `check` passes: answers take a few ticks. Every wait is inside act(), so React
 * renders what the answers changed (vi.waitFor would sleep outside it).
 */
async function until(check: () => void): Promise<void> {
  for (let tries = 1; ; tries++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    try {
      return check();
    } catch (failure) {
      if (tries === 200) throw failure;
    }
  }
}

/** The cart route's GET answers in turn, the last one from then on. */
function cartReads(...carts: CartSummary[]) {
  let reads = 0;
  return () => cartAnswer(carts[Math.min(reads++, carts.length - 1)] ?? null);
}

const shown = () => queryClient.getQueryData<CartSummary | null>(KEY);

beforeEach(async () => {
  cart = await freshCart();
  useCart = await import('./use-cart');
  const { queryClientFor } = await import('@/lib/browser/query-client');
  queryClient = queryClientFor('cart', {});
  // One item still waits in the offline queue throughout: the badge always counts it on top.
  cart.pendingAdds.add(queuedAdd('queued-1'));
  useCart.showServerCart('en-US', cartOf(1, 2));
});

afterEach(() => {
  unmount?.();
  vi.unstubAllGlobals();
});

describe('showServerCart', () => {
  it('puts the server’s cart in the cache and its count plus the queue on the badge', () => {
    expect(shown()).toEqual(cartOf(1, 2));
    expect(cart.cartStore.count()).toBe(4);
  });

  it('shows only what is queued when the server has no cart', () => {
    useCart.showServerCart('en-US', null);
    expect(shown()).toBeNull();
    expect(cart.cartStore.count()).toBe(1);
  });
});

describe('useChangeLine', () => {
  it('changes the line and the badge before the server answers, then settles on the answer', async () => {
    let answer: (cart: CartSummary) => void = () => undefined;
    const sent = fakeCartRoutes(
      () => new Promise((resolve) => (answer = (next) => resolve(cartAnswer(next)))),
    );
    const line = mount(() => useCart.useChangeLine('en-US', UNAVAILABLE));
    act(() => line.current.change({ lineId: 'line-1', quantity: 5 }));
    await until(() =>
      expect(sent).toEqual([
        { url: '/api/cart/lines/line-1', method: 'PATCH', body: { locale: 'en-US', quantity: 5 } },
      ]),
    );
    expect(shown()?.itemCount).toBe(6);
    expect(cart.cartStore.count()).toBe(7);
    // The server counted differently (another tab added one meanwhile): its answer wins.
    answer(cartOf(2, 5));
    await until(() => expect(shown()).toEqual(cartOf(2, 5)));
    expect(cart.cartStore.count()).toBe(8);
  });

  it('puts the cart and the badge back with the reason when the server refuses', async () => {
    fakeCartRoutes(() => errorAnswer(422, 'insufficientStock', 'Only 3 left'));
    const line = mount(() => useCart.useChangeLine('en-US', UNAVAILABLE));
    act(() => line.current.change({ lineId: 'line-1', quantity: 5 }));
    await until(() =>
      expect(line.current.error).toEqual({ message: 'Only 3 left', restored: true }),
    );
    expect(shown()).toEqual(cartOf(1, 2));
    expect(cart.cartStore.count()).toBe(4);
  });

  it('fetches the cart again when the line is gone, and does not claim it was restored', async () => {
    const read = cartReads(cartOf(1, 2), cartOf(1));
    const sent = fakeCartRoutes(({ method }) =>
      method === 'GET' ? read() : errorAnswer(404, 'lineGone', 'Removed elsewhere'),
    );
    // As in the cart editor: the cart is shown while its line changes.
    const editor = mount(() => ({
      cart: useCart.useCart('en-US', UNAVAILABLE),
      line: useCart.useChangeLine('en-US', UNAVAILABLE),
    }));
    await until(() => expect(editor.current.cart.fetchStatus).toBe('idle'));
    act(() => editor.current.line.change({ lineId: 'line-1', quantity: 0 }));
    await until(() => expect(shown()).toEqual(cartOf(1)));
    expect(editor.current.line.error).toEqual({ message: 'Removed elsewhere', restored: false });
    expect(sent.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'GET /api/cart?locale=en-US',
      'PATCH /api/cart/lines/line-1',
      'GET /api/cart?locale=en-US',
    ]);
  });

  it('keeps a later click’s count while an earlier click’s answer arrives', async () => {
    const answers: ((cart: CartSummary) => void)[] = [];
    fakeCartRoutes(
      () => new Promise((resolve) => answers.push((next) => resolve(cartAnswer(next)))),
    );
    const line = mount(() => useCart.useChangeLine('en-US', UNAVAILABLE));
    act(() => line.current.change({ lineId: 'line-1', quantity: 3 }));
    act(() => line.current.change({ lineId: 'line-1', quantity: 4 }));
    await until(() => expect(answers).toHaveLength(1));
    expect(cart.cartStore.count()).toBe(6);
    answers[0]?.(cartOf(1, 3));
    // The clicks are sent in order: the second goes out once the first is answered.
    await until(() => expect(answers).toHaveLength(2));
    expect(shown()?.itemCount).toBe(5);
    expect(cart.cartStore.count()).toBe(6);
    answers[1]?.(cartOf(2, 4));
    await until(() => expect(shown()).toEqual(cartOf(2, 4)));
    expect(cart.cartStore.count()).toBe(7);
  });
});

describe('refreshCart', () => {
  it('fetches a shown cart again after queued adds were sent behind its back', async () => {
    fakeCartRoutes(cartReads(cartOf(1, 2), cartOf(1, 2, 3)));
    const shownCart = mount(() => useCart.useCart('en-US', UNAVAILABLE, cartOf(1, 2)));
    await until(() => expect(shownCart.current.fetchStatus).toBe('idle'));
    await act(() => useCart.refreshCart());
    await until(() => expect(shownCart.current.data).toEqual(cartOf(1, 2, 3)));
  });
});
