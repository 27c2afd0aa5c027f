// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Store = (typeof import('./wishlist-store'))['wishlistStore'];

let store: Store;
let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;

function setCookie(name: string, value: string | undefined): void {
  // happy-dom keeps an empty cookie on max-age=0; an expiry in the past removes it.
  document.cookie =
    value === undefined
      ? `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
      : `${name}=${value}; path=/`;
}

const answer = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status });

/** A promise and the hand that settles it, to hold an answer until the test lets it go. */
function held<T>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

// The list, the edits and the listeners are module-wide: each test gets a fresh copy.
beforeEach(async () => {
  vi.resetModules();
  setCookie('wishlist', undefined);
  setCookie('signed_in', undefined);
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
  store = (await import('./wishlist-store')).wishlistStore;
});

afterEach(() => vi.unstubAllGlobals());

describe('a guest', () => {
  it('reads the cookie, without a request', () => {
    setCookie('wishlist', 'p000002.p000001');
    store.subscribe(() => undefined);
    expect(store.has('p000001')).toBe(true);
    expect(store.has('p000003')).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('ignores a tampered cookie', () => {
    setCookie('wishlist', 'nonsense.p000001x');
    store.subscribe(() => undefined);
    expect(store.has('p000001')).toBe(false);
  });
});

describe('a signed-in shopper', () => {
  beforeEach(() => setCookie('signed_in', '1'));

  it('asks for the list once, on the first subscription, and is unknown until it answers', async () => {
    const list = held<Response>();
    fetchMock.mockReturnValue(list.promise);
    expect(fetchMock).not.toHaveBeenCalled();
    const listener = vi.fn();
    store.subscribe(listener);
    store.subscribe(() => undefined);
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/wishlist');
    expect(store.has('p000001')).toBeUndefined();

    list.settle(answer(200, { productIds: ['p000001'] }));
    await flush();
    expect(listener).toHaveBeenCalled();
    expect(store.has('p000001')).toBe(true);
    expect(store.has('p000002')).toBe(false);
    store.subscribe(() => undefined);
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('stays unknown when the list is unavailable, and the next page asks again', async () => {
    fetchMock.mockResolvedValueOnce(answer(503));
    store.subscribe(() => undefined);
    await flush();
    expect(store.has('p000001')).toBeUndefined();
    fetchMock.mockResolvedValueOnce(answer(200, { productIds: ['p000001'] }));
    store.subscribe(() => undefined);
    await flush();
    expect(store.has('p000001')).toBe(true);
  });

  it('does not read the guest cookie', async () => {
    setCookie('wishlist', 'p000001');
    fetchMock.mockResolvedValue(answer(200, { productIds: [] }));
    store.subscribe(() => undefined);
    await flush();
    expect(store.has('p000001')).toBe(false);
  });
});

describe('setWished', () => {
  beforeEach(() => store.subscribe(() => undefined));

  it('shows the change at once and sends it: PUT to save, DELETE to remove', async () => {
    const listener = vi.fn();
    store.subscribe(listener);
    const sent = held<Response>();
    fetchMock.mockReturnValue(sent.promise);
    const saving = store.setWished('p000001', true);
    expect(store.has('p000001')).toBe(true);
    expect(listener).toHaveBeenCalledOnce();
    expect(fetchMock).toHaveBeenCalledWith('/api/wishlist/p000001', { method: 'PUT' });
    sent.settle(answer(204));
    expect(await saving).toBe(true);
    expect(store.has('p000001')).toBe(true);

    fetchMock.mockResolvedValue(answer(204));
    expect(await store.setWished('p000001', false)).toBe(true);
    expect(fetchMock).toHaveBeenLastCalledWith('/api/wishlist/p000001', { method: 'DELETE' });
    expect(store.has('p000001')).toBe(false);
  });

  it('takes the change back when the server refuses it or cannot be reached', async () => {
    setCookie('wishlist', 'p000001');
    fetchMock.mockResolvedValueOnce(answer(503));
    expect(await store.setWished('p000001', false)).toBe(false);
    expect(store.has('p000001')).toBe(true);
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await store.setWished('p000002', true)).toBe(false);
    expect(store.has('p000002')).toBe(false);
  });

  it('goes back to the last accepted change, not to what the page started with', async () => {
    fetchMock.mockResolvedValueOnce(answer(204));
    await store.setWished('p000001', true);
    fetchMock.mockResolvedValueOnce(answer(503));
    await store.setWished('p000001', false);
    expect(store.has('p000001')).toBe(true);
  });

  it('never lets a late failure undo a newer click', async () => {
    const first = held<Response>();
    fetchMock.mockReturnValueOnce(first.promise).mockResolvedValueOnce(answer(204));
    const saving = store.setWished('p000001', true);
    await store.setWished('p000001', false);
    first.settle(answer(503));
    expect(await saving).toBe(false);
    expect(store.has('p000001')).toBe(false);
  });
});

describe('signing in on the same page load', () => {
  it('drops the guest view and asks for the account list', async () => {
    setCookie('wishlist', 'p000001');
    store.subscribe(() => undefined);
    expect(store.has('p000001')).toBe(true);

    setCookie('signed_in', '1');
    setCookie('wishlist', undefined);
    fetchMock.mockResolvedValue(answer(200, { productIds: ['p000005'] }));
    store.subscribe(() => undefined);
    await flush();
    expect(fetchMock).toHaveBeenCalledWith('/api/wishlist', { cache: 'no-store' });
    expect(store.has('p000001')).toBe(false);
    expect(store.has('p000005')).toBe(true);
  });
});
