'use client';

import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/markets';
import { plural } from '@/lib/i18n/plural';
import type { CartUiMessages } from './cart-messages';
import { cartStore } from './cart-store';
import { loadCartDrawer, preloadCartDrawer, preloadCartDrawerOnHover } from './drawer-loader';

const CartDrawer = lazy(loadCartDrawer);

const none = () => 0;
const closed = () => false;

/**
 * The header's cart link with the item count. Without JavaScript it is a link to the cart
 * page; with it, it opens the drawer, whose code loads on the first open.
 */
export function CartBadge({
  locale,
  messages: m,
  cartHref,
  checkoutHref,
}: {
  locale: Locale;
  messages: CartUiMessages;
  cartHref: string;
  checkoutHref: string;
}) {
  const count = useSyncExternalStore(cartStore.subscribe, cartStore.count, none);
  const open = useSyncExternalStore(cartStore.subscribe, cartStore.isDrawerOpen, closed);
  const [drawerLoaded, setDrawerLoaded] = useState(false);
  if (open && !drawerLoaded) setDrawerLoaded(true);

  function openDrawer(event: React.MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    // Offline before the drawer's code is here: follow the link, whose page (the service
    // worker's offline page) says the cart needs a connection, instead of failing to load it.
    if (!navigator.onLine && !drawerLoaded) return;
    event.preventDefault();
    cartStore.setDrawerOpen(true);
  }

  return (
    <>
      <a
        href={cartHref}
        onClick={openDrawer}
        onPointerEnter={preloadCartDrawerOnHover}
        onFocus={preloadCartDrawer}
        className="relative shrink-0 text-sm font-semibold whitespace-nowrap hover:underline"
      >
        {m.link}
        {count > 0 && (
          <>
            <span
              aria-hidden="true"
              data-testid="cart-count"
              className="absolute -top-2.5 -right-4 flex h-4 min-w-4 items-center justify-center rounded-full bg-brand px-1 text-[10px] leading-none text-white"
            >
              {count > 99 ? '99+' : count}
            </span>
            <span className="sr-only"> ({plural(locale, m.items, count)})</span>
          </>
        )}
      </a>
      {drawerLoaded && (
        <Suspense fallback={null}>
          <CartDrawer
            locale={locale}
            messages={m}
            cartHref={cartHref}
            checkoutHref={checkoutHref}
          />
        </Suspense>
      )}
    </>
  );
}
