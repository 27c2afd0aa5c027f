// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addLineInput } from '@/lib/cart/cart-input';
import { freshCart, queuedAdd } from './cart-test-support';
import { newRequestId } from './pending-adds';

const STORAGE_KEY = 'cart-pending-adds';

let pendingAdds: Awaited<ReturnType<typeof freshCart>>['pendingAdds'];

beforeEach(async () => {
  ({ pendingAdds } = await freshCart());
});

describe('the offline queue', () => {
  it('keeps adds oldest first and counts their quantities, overall and per product', () => {
    pendingAdds.add(queuedAdd('request-1', 1, 'tee'));
    pendingAdds.add(queuedAdd('request-2', 2, 'cap'));
    pendingAdds.add(queuedAdd('request-3', 3, 'tee'));
    expect(pendingAdds.list().map((entry) => entry.requestId)).toEqual([
      'request-1',
      'request-2',
      'request-3',
    ]);
    expect(pendingAdds.quantity()).toBe(6);
    expect(pendingAdds.quantityOf('tee')).toBe(4);
    expect(pendingAdds.quantityOf('sock')).toBe(0);
  });

  it('keeps one entry per request id, so queuing the same add again does not count it twice', () => {
    pendingAdds.add(queuedAdd('request-1', 2));
    pendingAdds.add(queuedAdd('request-1', 2));
    expect(pendingAdds.list()).toHaveLength(1);
    expect(pendingAdds.quantity()).toBe(2);
  });

  it('removes only the add with that request id, and forgets the key when none are left', () => {
    pendingAdds.add(queuedAdd('request-1'));
    pendingAdds.add(queuedAdd('request-2'));
    pendingAdds.remove('request-1');
    expect(pendingAdds.list().map((entry) => entry.requestId)).toEqual(['request-2']);
    pendingAdds.remove('request-2');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('survives a reload: the queue lives in localStorage, not in the module', async () => {
    pendingAdds.add(queuedAdd('request-1', 2));
    vi.resetModules();
    const reloaded = (await import('./pending-adds')).pendingAdds;
    expect(reloaded.list()).toEqual([queuedAdd('request-1', 2)]);
  });

  it('reads unreadable storage as an empty queue and drops malformed entries', () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    expect(pendingAdds.list()).toEqual([]);
    const { quantity: _quantity, ...noQuantity } = queuedAdd('request-2');
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify([
        queuedAdd('request-1'),
        noQuantity,
        { ...queuedAdd('request-3'), quantity: 1.5 },
        null,
      ]),
    );
    expect(pendingAdds.list()).toEqual([queuedAdd('request-1')]);
    expect(pendingAdds.quantity()).toBe(1);
  });
});

describe('subscribe', () => {
  it('tells the listener about changes in this tab until it unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = pendingAdds.subscribe(listener);
    pendingAdds.add(queuedAdd('request-1'));
    pendingAdds.remove('request-1');
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    pendingAdds.add(queuedAdd('request-2'));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('tells the listener when another tab changes the queue, not other storage', () => {
    const listener = vi.fn();
    const unsubscribe = pendingAdds.subscribe(listener);
    dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    expect(listener).not.toHaveBeenCalled();
    dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(listener).toHaveBeenCalledOnce();
    unsubscribe();
    dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(listener).toHaveBeenCalledOnce();
  });
});

describe('newRequestId', () => {
  it('is fresh for every add and passes the add route’s Idempotency-Key rule', () => {
    const ids = new Set(Array.from({ length: 20 }, newRequestId));
    expect(ids.size).toBe(20);
    for (const requestId of ids) {
      expect(addLineInput.shape.requestId.safeParse(requestId).success).toBe(true);
    }
  });
});
