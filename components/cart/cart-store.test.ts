// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshCart, queuedAdd } from './cart-test-support';

let cart: Awaited<ReturnType<typeof freshCart>>;

beforeEach(async () => {
  cart = await freshCart();
});

describe('the badge before anything on the page changed the cart', () => {
  it('shows the count cookie the cart actions wrote', () => {
    document.cookie = 'session=abc; path=/';
    document.cookie = 'cart_items=3; path=/';
    expect(cart.cartStore.count()).toBe(3);
  });

  it('shows 0 without the cookie, and ignores cookies whose name only ends the same', () => {
    document.cookie = 'old_cart_items=7; path=/';
    expect(cart.cartStore.count()).toBe(0);
  });

  it('counts the adds still queued from offline on top of the cookie', () => {
    document.cookie = 'cart_items=2; path=/';
    cart.pendingAdds.add(queuedAdd('request-1'));
    cart.pendingAdds.add(queuedAdd('request-2', 2, 'cap'));
    expect(cart.cartStore.count()).toBe(5);
  });

  it('reads the cookie once: later the store, not a stale cookie, is the truth', () => {
    document.cookie = 'cart_items=2; path=/';
    expect(cart.cartStore.count()).toBe(2);
    document.cookie = 'cart_items=9; path=/';
    expect(cart.cartStore.count()).toBe(2);
  });
});

describe('setServerCount', () => {
  it('shows the server count plus what is still queued', () => {
    cart.pendingAdds.add(queuedAdd('request-1', 2));
    cart.cartStore.setServerCount(4);
    expect(cart.cartStore.count()).toBe(6);
  });

  it('keeps queued adds when a server count arrives that cannot include them yet', () => {
    // The drawer opened offline: the editor settles the badge on the cached cart.
    cart.cartStore.setServerCount(3);
    cart.cartStore.adjustCount(1);
    cart.pendingAdds.add(queuedAdd('request-1'));
    cart.cartStore.setServerCount(3);
    expect(cart.cartStore.count()).toBe(4);
  });

  it('stops counting an add once it left the queue and the server counts it', () => {
    cart.pendingAdds.add(queuedAdd('request-1'));
    cart.cartStore.setServerCount(3);
    cart.pendingAdds.remove('request-1');
    cart.cartStore.setServerCount(4);
    expect(cart.cartStore.count()).toBe(4);
  });

  it('tells every subscriber, and no one who unsubscribed', () => {
    const stays = vi.fn();
    const leaves = vi.fn();
    cart.cartStore.subscribe(stays);
    cart.cartStore.subscribe(leaves)();
    cart.cartStore.setServerCount(1);
    expect(stays).toHaveBeenCalledOnce();
    expect(leaves).not.toHaveBeenCalled();
  });
});

describe('adjustCount', () => {
  it('shows an add at once and takes it back when the server refuses it', () => {
    cart.cartStore.setServerCount(2);
    cart.cartStore.adjustCount(1);
    expect(cart.cartStore.count()).toBe(3);
    cart.cartStore.adjustCount(-1);
    expect(cart.cartStore.count()).toBe(2);
  });

  it('starts from the cookie and the queue when nothing set the count yet', () => {
    document.cookie = 'cart_items=2; path=/';
    cart.pendingAdds.add(queuedAdd('request-1'));
    cart.cartStore.adjustCount(1);
    expect(cart.cartStore.count()).toBe(4);
  });

  it('does not count an add twice when it goes to the queue after being shown', () => {
    // What an add does offline: shown optimistically, then queued instead of sent.
    cart.cartStore.setServerCount(2);
    cart.cartStore.adjustCount(1);
    cart.pendingAdds.add(queuedAdd('request-1'));
    expect(cart.cartStore.count()).toBe(3);
  });

  it('never goes below zero', () => {
    cart.cartStore.setServerCount(1);
    cart.cartStore.adjustCount(-3);
    expect(cart.cartStore.count()).toBe(0);
  });

  it('tells subscribers', () => {
    const listener = vi.fn();
    cart.cartStore.subscribe(listener);
    cart.cartStore.adjustCount(1);
    expect(listener).toHaveBeenCalledOnce();
  });
});

describe('the drawer', () => {
  it('starts closed, opens and closes, telling subscribers each time', () => {
    const listener = vi.fn();
    cart.cartStore.subscribe(listener);
    expect(cart.cartStore.isDrawerOpen()).toBe(false);
    cart.cartStore.setDrawerOpen(true);
    expect(cart.cartStore.isDrawerOpen()).toBe(true);
    cart.cartStore.setDrawerOpen(false);
    expect(cart.cartStore.isDrawerOpen()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
