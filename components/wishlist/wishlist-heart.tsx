'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { fillTemplate } from '@/lib/i18n/fill-template';
import { toggleWishlist } from '@/lib/wishlist/wishlist-actions';
import type { HeartContext } from './heart-messages';
import { wishlistStore } from './wishlist-store';

const unknown = () => undefined;

/**
 * Save or remove a product: a form that posts to a server action without JavaScript, and with
 * it a toggle that changes at once and asks the route handlers behind. The server renders it
 * in `initiallyPressed` (unpressed on cached pages, which are the same for everybody); the
 * shopper's state arrives after hydration and changes only the fill, never the size.
 * `returnTo`: where the no-script post leads back; without it, the page it was posted from.
 */
export function WishlistHeart({
  productId,
  name,
  context: c,
  returnTo,
  initiallyPressed = false,
  className = 'relative',
}: {
  productId: string;
  name: string;
  context: HeartContext;
  returnTo?: string;
  initiallyPressed?: boolean;
  /** Placement of the form; it must be positioned, the failure note hangs below it. */
  className?: string;
}) {
  const known = useSyncExternalStore(
    wishlistStore.subscribe,
    () => wishlistStore.has(productId),
    unknown,
  );
  const pressed = known ?? initiallyPressed;
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!failed) return;
    const timer = setTimeout(() => setFailed(false), 5_000);
    return () => clearTimeout(timer);
  }, [failed]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailed(false);
    setFailed(!(await wishlistStore.setWished(productId, !pressed)));
  }

  return (
    <form action={toggleWishlist} onSubmit={onSubmit} className={className}>
      <input type="hidden" name="locale" value={c.locale} />
      <input type="hidden" name="productId" value={productId} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <button
        type="submit"
        name="wished"
        value={pressed ? 'off' : 'on'}
        aria-pressed={pressed}
        aria-label={fillTemplate(pressed ? c.remove : c.add, { name })}
        className="flex size-11 items-center justify-center rounded-full bg-paper/90 text-ink shadow-sm hover:text-brand aria-pressed:text-sale"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-6"
          fill={pressed ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
        >
          <path d="M20.8 4.6a5.5 5.5 0 0 0-7.8 0L12 5.7l-1-1.1a5.5 5.5 0 0 0-7.8 7.8l1 1.1 7.8 7.7 7.8-7.7 1-1.1a5.5 5.5 0 0 0 0-7.8z" />
        </svg>
      </button>
      {failed && (
        <p
          role="alert"
          className="absolute top-full right-0 z-20 mt-1 w-max max-w-48 rounded bg-ink px-2 py-1 text-xs text-white"
        >
          {c.failed}
        </p>
      )}
    </form>
  );
}
