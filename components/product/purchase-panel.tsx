'use client';

import { useActionState, useEffect, useState, useSyncExternalStore } from 'react';
import { CartRequestError, cartApi } from '@/components/cart/cart-api';
import { cartStore } from '@/components/cart/cart-store';
import { preloadCartDrawer } from '@/components/cart/drawer-loader';
import { newRequestId, pendingAdds } from '@/components/cart/pending-adds';
import { showServerCart } from '@/components/cart/use-cart';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { trackEvent } from '@/components/analytics/events';
import { addToCart } from '@/lib/cart/cart-actions';
import { fillTemplate } from '@/lib/i18n/fill-template';
import { formatMoney, type Money } from '@/lib/i18n/money';
import type { Locale } from '@/lib/i18n/markets';
import { plural, type PluralForms } from '@/lib/i18n/plural';
import { updateEngagement } from '@/lib/pwa/engagement';
import {
  choiceState,
  defaultSelection,
  findVariant,
  selectionFromQuery,
  selectionQuery,
  type ProductOption,
  type Selection,
  type VariantLike,
} from '@/lib/product/variant-selection';
import { useLiveProduct } from './use-live-product';
import { VariantAvailability, type AvailabilityMessages } from './variant-availability';

interface PanelVariant extends VariantLike {
  price: Money;
  compareAtPrice: Money | null;
}

export interface PurchasePanelProps {
  productId: string;
  /** Names the item if an add queued offline is refused later. */
  productName: string;
  liveUrl: string;
  locale: Locale;
  options: ProductOption[];
  variants: PanelVariant[];
  messages: AvailabilityMessages & {
    from: string;
    wasPrice: string;
    addToCart: string;
    adding: string;
    chooseOptionsFirst: string;
    cartUnavailable: string;
    pendingOffline: PluralForms;
  };
  /** The `pdp-add-to-cart` experiment's "sticky" variant: the button stays in view on phones. */
  stickyOnPhones?: boolean;
}

function lowest(prices: Money[]): Money | undefined {
  return prices.reduce<Money | undefined>(
    (low, p) => (!low || p.amount < low.amount ? p : low),
    undefined,
  );
}

/**
 * Variant choice, price and stock of the chosen variant. Renders on the server with the
 * default choice (the cached HTML), then reads the URL and live stock in the browser.
 */
export function PurchasePanel(props: PurchasePanelProps) {
  const {
    productId,
    productName,
    liveUrl,
    locale,
    options,
    variants,
    messages: m,
    stickyOnPhones = false,
  } = props;
  const [selection, setSelection] = useState<Selection>(() => defaultSelection(options));
  // The cached HTML carries the default choice; the URL's choice is applied once hydrated, in
  // place, so the inputs a shopper may already be touching are never swapped out.
  useEffect(
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is only readable after hydration; the cached HTML must match the default first
    () => setSelection(selectionFromQuery(new URLSearchParams(window.location.search), options)),
    [options],
  );
  const [added, addAction, addingWithoutScript] = useActionState(addToCart, {});
  const [scripted, setScripted] = useState<{ adding: boolean; error?: string }>({ adding: false });
  const adding = addingWithoutScript || scripted.adding;
  const error = scripted.error ?? added.error;
  const pending = useSyncExternalStore(
    pendingAdds.subscribe,
    () => pendingAdds.quantityOf(productId),
    () => 0,
  );
  const live = useLiveProduct(liveUrl);
  const liveBySku = new Map(live.data?.variants.map((v) => [v.sku, v]));
  const availableBySku = live.data
    ? new Map(live.data.variants.map((v) => [v.sku, v.available]))
    : undefined;

  const variant = findVariant(variants, selection);
  const price = variant
    ? (liveBySku.get(variant.sku)?.price ?? variant.price)
    : lowest(variants.map((v) => liveBySku.get(v.sku)?.price ?? v.price));
  const compareAt = variant?.compareAtPrice ?? null;

  function choose(name: ProductOption['name'], value: string) {
    const next = { ...selection, [name]: value };
    setSelection(next);
    window.history.replaceState(null, '', `${window.location.pathname}${selectionQuery(next)}`);
  }

  /**
   * With JavaScript: the badge counts the items in the same frame, the server confirms behind
   * it, and a refusal takes them off again with the reason. The drawer then shows the cart.
   * Without a connection the add is queued, under the same request id, and sent when the
   * browser is back online (components/cart/pending-adds-sync.tsx); the badge keeps counting it.
   */
  async function addOptimistically(event: React.FormEvent<HTMLFormElement>) {
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

  // The options are radios of a real form: without JavaScript the same post adds to the cart.
  return (
    <form action={addAction} onSubmit={addOptimistically} className="flex flex-col gap-5">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="productId" value={productId} />
      {price && (
        <p className="text-2xl font-semibold">
          <span className={compareAt && compareAt.amount > price.amount ? 'text-sale' : undefined}>
            {variant
              ? formatMoney(price, locale)
              : fillTemplate(m.from, { price: formatMoney(price, locale) })}
          </span>
          {compareAt && compareAt.amount > price.amount && (
            <s className="ml-2 text-base font-normal text-ink-subtle">
              <span className="sr-only">
                {fillTemplate(m.wasPrice, { price: formatMoney(compareAt, locale) })}
              </span>
              <span aria-hidden="true">{formatMoney(compareAt, locale)}</span>
            </s>
          )}
        </p>
      )}
      {options.map((option) => (
        <ChoiceChips
          key={option.name}
          name={option.name}
          legend={option.label}
          selected={selection[option.name]}
          disabledNote={m.soldOut}
          onSelect={(value) => choose(option.name, value)}
          choices={option.values.map((value) => ({
            ...value,
            disabled:
              choiceState(variants, selection, option.name, value.value, availableBySku) !==
              'available',
          }))}
        />
      ))}
      <VariantAvailability
        live={live}
        variant={variant ? liveBySku.get(variant.sku) : undefined}
        messages={m}
      />
      <div
        data-sticky-cart={stickyOnPhones || undefined}
        className={
          stickyOnPhones
            ? 'flex flex-col gap-2 max-sm:fixed max-sm:inset-x-0 max-sm:bottom-0 max-sm:z-30 max-sm:border-t max-sm:border-paper-line max-sm:bg-paper max-sm:px-4 max-sm:py-3'
            : 'contents'
        }
      >
        <button
          type="submit"
          disabled={adding}
          onPointerEnter={preloadCartDrawer}
          onFocus={preloadCartDrawer}
          className="rounded-full bg-ink px-6 py-3 text-base font-semibold text-white hover:bg-brand-strong disabled:opacity-60"
        >
          {adding ? m.adding : m.addToCart}
        </button>
        {error && (
          <p role="alert" className="text-sm text-sale">
            {error}
          </p>
        )}
        <p
          role="status"
          data-testid="pending-offline"
          className={pending > 0 ? 'text-sm text-warn' : 'sr-only'}
        >
          {pending > 0 ? plural(locale, m.pendingOffline, pending) : ''}
        </p>
      </div>
    </form>
  );
}
