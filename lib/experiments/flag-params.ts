import type { ReadonlyHeaders, ReadonlyRequestCookies } from 'flags';

/**
 * The request part of a Flags SDK decide() call, empty: experiments decide on the visitor the
 * routing already parsed (lib/experiments/routing.ts), never on raw headers or cookies.
 */
export const NO_REQUEST: { headers: ReadonlyHeaders; cookies: ReadonlyRequestCookies } = {
  headers: new Headers(),
  cookies: {
    get: () => undefined,
    getAll: () => [],
    has: () => false,
    size: 0,
  } as unknown as ReadonlyRequestCookies,
};
