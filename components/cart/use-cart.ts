'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { withLineQuantity, type CartSummary } from '@/lib/cart/cart-summary';
import type { Locale } from '@/lib/i18n/markets';
import { queryClientFor } from '@/lib/browser/query-client';
import { cartApi, CartRequestError } from './cart-api';
import { cartStore } from './cart-store';

const OPTIONS = { defaultOptions: { queries: { staleTime: 0, retry: 1 } } };

/** The cart's cache, loaded with the drawer or the product page only (see queryClientFor). */
const cartQueryClient = () => queryClientFor('cart', OPTIONS);

const CART = 'cart';

const cartQueryKey = (locale: Locale) => [CART, locale] as const;

const CHANGE = ['cart-change'];

/** The cart in the browser, seeded by the server render where there is one. */
export function useCart(locale: Locale, unavailable: string, initial?: CartSummary | null) {
  const [client] = useState(cartQueryClient);
  return useQuery(
    {
      queryKey: cartQueryKey(locale),
      queryFn: () => cartApi.get(locale, unavailable),
      ...(initial !== undefined ? { initialData: initial } : {}),
    },
    client,
  );
}

/** Settles the badge and the cart on what the server answered. */
export function showServerCart(locale: Locale, cart: CartSummary | null): void {
  cartQueryClient().setQueryData(cartQueryKey(locale), cart);
  cartStore.setServerCount(cart?.itemCount ?? 0);
}

/** The cart changed behind this page's back (adds sent from the offline queue): fetch it again. */
export function refreshCart(): Promise<void> {
  return cartQueryClient().invalidateQueries({ queryKey: [CART] });
}

/**
 * Quantity and remove, optimistic: the line, totals and badge change in the same frame, the
 * server is asked in order (one scope, so clicks never race), and a refusal puts the cart back
 * as it was with the server's reason for the shopper.
 */
export function useChangeLine(locale: Locale, unavailable: string) {
  const key = cartQueryKey(locale);
  const [client] = useState(cartQueryClient);
  const [error, setError] = useState<{ message: string; restored: boolean }>();
  const mutation = useMutation(
    {
      mutationKey: CHANGE,
      scope: { id: 'cart' },
      mutationFn: ({ lineId, quantity }: { lineId: string; quantity: number }) =>
        cartApi.setQuantity(locale, lineId, quantity, unavailable),
      onMutate: async ({ lineId, quantity }) => {
        setError(undefined);
        await client.cancelQueries({ queryKey: key });
        const previous = client.getQueryData<CartSummary | null>(key);
        if (previous) {
          const next = withLineQuantity(previous, lineId, quantity);
          client.setQueryData(key, next);
          cartStore.setServerCount(next.itemCount);
        }
        return { previous };
      },
      onError: (failure, _variables, context) => {
        if (context?.previous !== undefined) showServerCart(locale, context.previous);
        // A line removed elsewhere cannot be put back: show the cart as the server has it.
        const gone = failure instanceof CartRequestError && failure.code === 'lineGone';
        setError({ message: failure.message, restored: !gone });
        if (gone) void client.invalidateQueries({ queryKey: key });
      },
      onSuccess: (cart) => {
        // Later clicks are still queued: their optimistic state is newer than this answer.
        if (client.isMutating({ mutationKey: CHANGE }) <= 1) showServerCart(locale, cart);
      },
    },
    client,
  );
  return { change: mutation.mutate, error };
}
