'use client';

import { useActionState, useState } from 'react';
import { trackEvent } from '@/components/analytics/events';
import { CartRequestError, cartApi } from '@/components/cart/cart-api';
import { cartStore } from '@/components/cart/cart-store';
import { preloadCartDrawer } from '@/components/cart/drawer-loader';
import { newRequestId, pendingAdds } from '@/components/cart/pending-adds';
import { showServerCart } from '@/components/cart/use-cart';
import { addToCart } from '@/lib/cart/cart-actions';
import type { Locale } from '@/lib/i18n/markets';
import { updateEngagement } from '@/lib/pwa/engagement';
import type { Selection, VariantLike } from '@/lib/product/variant-selection';

interface AddToCartInput {
  locale: Locale;
  productId: string;
  /** Names the item if an add queued offline is refused later. */
  productName: string;
  /** The chosen variant, once every option is chosen. */
  variant: VariantLike | undefined;
  selection: Selection;
  messages: { chooseOptionsFirst: string; cartUnavailable: string };
}

/**
 * Add to cart, two ways. Without JavaScript the form posts to the `addToCart` server action.
 * With it the badge counts the item in the same frame, the server confirms behind it, and a
 * refusal takes it off again with the reason; the drawer then shows the cart. Without a
 * connection the add is queued under the same request id and sent when the browser is back
 * online (components/cart/pending-adds-sync.tsx); the badge keeps counting it.
 */
export function useAddToCart({
  locale,
  productId,
  productName,
  variant,
  selection,
  messages: m,
}: AddToCartInput) {
  const [added, formAction, addingWithoutScript] = useActionState(addToCart, {});
  const [scripted, setScripted] = useState<{ adding: boolean; error?: string }>({ adding: false });

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!variant) {
      setScripted({ adding: false, error: m.chooseOptionsFirst });
      return;
    }
    const quantity = 1;
    preloadCartDrawer();
    cartStore.adjustCount(quantity);
    setScripted({ adding: true });
    const input = {
      locale,
      productId,
      color: selection.color ?? '',
      size: selection.size ?? '',
      quantity,
      requestId: newRequestId(),
    };
    try {
      showServerCart(locale, await cartApi.add(input, m.cartUnavailable));
      trackEvent('add_to_cart', { productId, sku: variant.sku, quantity });
      updateEngagement((current) => ({ ...current, addedToCart: true }));
      setScripted({ adding: false });
      cartStore.setDrawerOpen(true);
    } catch (failure) {
      if (failure instanceof CartRequestError && failure.unanswered) {
        pendingAdds.add({ ...input, name: productName });
        setScripted({ adding: false });
        return;
      }
      cartStore.adjustCount(-quantity);
      setScripted({
        adding: false,
        error: failure instanceof CartRequestError ? failure.message : m.cartUnavailable,
      });
    }
  }

  return {
    formAction,
    onSubmit,
    adding: addingWithoutScript || scripted.adding,
    error: scripted.error ?? added.error,
  };
}
