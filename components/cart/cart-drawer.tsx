'use client';

import Link from 'next/link';
import { useDeferredValue, useEffect, useRef, useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/markets';
import { CartEditor } from './cart-editor';
import type { CartUiMessages } from './cart-messages';
import { cartStore } from './cart-store';

const closed = () => false;

/**
 * The cart beside the page, as a modal dialog: the browser traps focus, Escape closes it and
 * focus returns to what opened it. Loaded on first open only.
 */
export default function CartDrawer({
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
  const dialog = useRef<HTMLDialogElement>(null);
  const open = useSyncExternalStore(cartStore.subscribe, cartStore.isDrawerOpen, closed);
  // The tap paints the open dialog first; the cart's lines (and their fetch) follow a frame later.
  const showLines = useDeferredValue(open);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const close = () => cartStore.setDrawerOpen(false);

  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- a click on the backdrop closes; keys close it by Escape (the dialog's cancel) or the close button
    <dialog
      ref={dialog}
      aria-labelledby="cart-drawer-title"
      onClose={close}
      onClick={(event) => event.target === event.currentTarget && close()}
      className="fixed inset-y-0 right-0 left-auto m-0 h-full max-h-none w-full max-w-md bg-paper p-0 shadow-2xl backdrop:bg-ink/40"
    >
      <div className="flex h-full flex-col gap-4 overflow-y-auto p-6">
        <div className="flex items-center justify-between">
          <h2 id="cart-drawer-title" className="text-xl font-bold">
            {m.title}
          </h2>
          <button
            type="button"
            onClick={close}
            className="rounded-full px-3 py-1 text-sm underline underline-offset-4"
          >
            {m.close}
          </button>
        </div>
        {open && showLines && <CartEditor locale={locale} messages={m} />}
        <div className="mt-auto flex flex-col gap-2">
          <Link
            href={checkoutHref}
            onClick={close}
            className="rounded-full bg-ink px-6 py-3 text-center font-semibold text-white hover:bg-brand-strong"
          >
            {m.checkout}
          </Link>
          <Link
            href={cartHref}
            onClick={close}
            className="text-center text-sm underline underline-offset-4"
          >
            {m.viewCart}
          </Link>
        </div>
      </div>
    </dialog>
  );
}
