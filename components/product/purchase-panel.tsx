'use client';

import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { preloadCartDrawer, preloadCartDrawerOnHover } from '@/components/cart/drawer-loader';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { afterLoadWhenIdle } from '@/lib/browser/after-load';
import type { Money } from '@/lib/i18n/money';
import type { Locale } from '@/lib/i18n/markets';
import type { PluralForms } from '@/lib/i18n/plural';
import {
  choiceState,
  findVariant,
  type ProductOption,
  type VariantLike,
} from '@/lib/product/variant-selection';
import { keepColorLeadsForOffline, preloadLeadImage, type LeadImage } from './gallery-images';
import { OfflineAddsStatus } from './offline-adds-status';
import type { StockAlertMessages } from './stock-alert-messages';
import { useAddToCart } from './use-add-to-cart';
import { useLiveProduct } from './use-live-product';
import { useVariantChoice } from './use-variant-choice';
import { VariantAvailability, type AvailabilityMessages } from './variant-availability';
import { VariantPrice } from './variant-price';

// Only a sold-out variant shows it: a chunk of its own, never in the page's first scripts.
const StockAlertForm = lazy(() =>
  import('./stock-alert-form').then((module) => ({ default: module.StockAlertForm })),
);

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
  /** "Email me when it is back", offered once live stock says the chosen variant is sold out. */
  stockAlertMessages: StockAlertMessages;
  /** What the price includes (tax, shipping), rendered on the server beneath the price. */
  priceNote?: ReactNode;
  /** Each colour's lead gallery image: fetched when its chip is hovered or focused. */
  colorLeads: Record<string, LeadImage>;
  /** The `pdp-add-to-cart` experiment's "sticky" variant: the button stays in view on phones. */
  stickyOnPhones?: boolean;
}

function lowest(prices: Money[]): Money | undefined {
  return prices.reduce<Money | undefined>(
    (low, p) => (!low || p.amount < low.amount ? p : low),
    undefined,
  );
}

/** "Navy / M", in the page's words. */
function variantLabel(
  options: PurchasePanelProps['options'],
  chosen: { color: string; size: string },
): string {
  return options
    .map((option) => option.values.find((value) => value.value === chosen[option.name])?.label)
    .filter(Boolean)
    .join(' / ');
}

/**
 * Variant choice, price and stock of the chosen variant, and add to cart. Renders on the server
 * with the default choice (the cached HTML), then reads the URL and live stock in the browser.
 * The options are radios of a real form: without JavaScript the same post adds to the cart.
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
    stockAlertMessages,
    colorLeads,
    priceNote,
    stickyOnPhones = false,
  } = props;
  const { selection, choose } = useVariantChoice(options);
  const variant = findVariant(variants, selection);
  const cart = useAddToCart({ locale, productId, productName, variant, selection, messages: m });
  const live = useLiveProduct(liveUrl);
  const chosen = variant !== undefined;
  // With a variant chosen the add, and so the drawer, is next: its code loads while the page
  // is idle, not inside the tap on the button.
  useEffect(() => {
    if (chosen) afterLoadWhenIdle(preloadCartDrawer, 2_000);
  }, [chosen]);
  useEffect(() => keepColorLeadsForOffline(colorLeads), [colorLeads]);
  const liveBySku = new Map(live.data?.variants.map((v) => [v.sku, v]));
  const availableBySku = live.data
    ? new Map(live.data.variants.map((v) => [v.sku, v.available]))
    : undefined;
  const price = variant
    ? (liveBySku.get(variant.sku)?.price ?? variant.price)
    : lowest(variants.map((v) => liveBySku.get(v.sku)?.price ?? v.price));
  // Sold-out sizes are disabled chips; the alert offers them (of the chosen colour), the chosen
  // variant first when it is one of them.
  const soldOut = variants
    .filter(
      (v) =>
        liveBySku.get(v.sku)?.status === 'out_of_stock' &&
        (!selection.color || v.options.color === selection.color),
    )
    .sort((a, b) => Number(b.sku === variant?.sku) - Number(a.sku === variant?.sku))
    .slice(0, 30)
    .map((v) => ({ sku: v.sku, label: variantLabel(options, v.options) }));

  // The stock alert is a form of its own, so it follows the cart's form rather than nesting in it.
  return (
    <>
      <form action={cart.formAction} onSubmit={cart.onSubmit} className="flex flex-col gap-5">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="productId" value={productId} />
        <div className="flex flex-col gap-1">
          {price && (
            <VariantPrice
              price={price}
              compareAt={variant?.compareAtPrice ?? null}
              chosen={variant !== undefined}
              locale={locale}
              messages={m}
            />
          )}
          {priceNote}
        </div>
        {options.map((option) => (
          <ChoiceChips
            key={option.name}
            name={option.name}
            legend={option.label}
            selected={selection[option.name]}
            disabledNote={m.soldOut}
            onSelect={(value) => choose(option.name, value)}
            onPreview={
              option.name === 'color' ? (value) => preloadLeadImage(colorLeads[value]) : undefined
            }
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
            disabled={cart.adding}
            onPointerEnter={preloadCartDrawerOnHover}
            onFocus={preloadCartDrawer}
            className="rounded-full bg-ink px-6 py-3 text-base font-semibold text-white hover:bg-brand-strong disabled:opacity-60"
          >
            {cart.adding ? m.adding : m.addToCart}
          </button>
          {cart.error && (
            <p role="alert" className="text-sm text-sale">
              {cart.error}
            </p>
          )}
          <OfflineAddsStatus productId={productId} locale={locale} message={m.pendingOffline} />
        </div>
      </form>
      {soldOut.length > 0 && (
        <Suspense fallback={null}>
          <StockAlertForm
            key={soldOut.map((v) => v.sku).join()}
            variants={soldOut}
            locale={locale}
            messages={stockAlertMessages}
          />
        </Suspense>
      )}
    </>
  );
}
