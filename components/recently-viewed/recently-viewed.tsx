'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { CardImage } from '@/components/product/card-image';
import { clearViewed, parseViewed, subscribeViewed, viewedSnapshot } from './recently-viewed-store';

const EMPTY = '[]';

/**
 * The shopper's recently viewed products, read from this browser alone: the server renders
 * nothing here (a cached page is the same for everyone), and the list appears once hydrated.
 */
export function RecentlyViewed({
  locale,
  exceptId,
  messages,
}: {
  locale: string;
  /** The product page's own product: not "recently viewed" while it is on screen. */
  exceptId?: string;
  messages: { title: string; clear: string };
}) {
  const snapshot = useSyncExternalStore(
    subscribeViewed,
    () => viewedSnapshot(locale),
    () => EMPTY,
  );
  const products = parseViewed(snapshot).filter((product) => product.id !== exceptId);
  if (products.length === 0) return null;
  return (
    <section aria-labelledby="recently-viewed-heading" className="flex flex-col gap-4 py-6">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="recently-viewed-heading" className="text-xl font-bold tracking-tight">
          {messages.title}
        </h2>
        <button
          type="button"
          onClick={clearViewed}
          className="text-sm underline underline-offset-4 hover:text-brand-strong"
        >
          {messages.clear}
        </button>
      </div>
      <ul className="grid grid-cols-3 gap-3 sm:grid-cols-4 lg:grid-cols-6">
        {products.slice(0, 6).map((product) => (
          <li key={product.id}>
            <Link href={product.href} className="flex flex-col gap-1 text-sm hover:underline">
              <span className="overflow-hidden rounded-lg bg-paper-warm">
                {/* The link's text names the product: the picture adds nothing to say. */}
                <CardImage {...product.image} alt="" />
              </span>
              {product.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
