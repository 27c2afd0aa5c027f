'use client';

import { IntentLink } from '@/components/ui/intent-link';
import type { HeartContext } from '@/components/wishlist/heart-messages';
import { WishlistHeart } from '@/components/wishlist/wishlist-heart';
import type { ProductCardData } from './card-data';
import { CardImage } from './card-image';

export function ProductCard({
  card,
  heart,
  eager = false,
}: {
  card: ProductCardData;
  /** The same object for every card of a grid: the payload carries it once. */
  heart: HeartContext;
  eager?: boolean;
}) {
  return (
    <article className="card">
      <div className="card-media">
        <CardImage {...card.image} eager={eager} />
      </div>
      <div className="flex flex-col gap-0.5">
        <p className="card-brand">{card.brand}</p>
        <h3 className="card-title">
          <IntentLink href={card.href} className="card-link">
            {card.name}
          </IntentLink>
        </h3>
        <p className="text-sm font-medium">
          <span className={card.was ? 'text-sale' : undefined}>{card.price}</span>
          {card.was && (
            <>
              {' '}
              <s className="font-normal text-ink-subtle">
                <span className="sr-only">{card.was.label}</span>
                <span aria-hidden="true">{card.was.price}</span>
              </s>
            </>
          )}
        </p>
      </div>
      {/* Over the image's corner and above the card's stretched link; after it in tab order. */}
      <WishlistHeart
        productId={card.id}
        name={card.name}
        context={heart}
        className="absolute top-2 right-2 z-10"
      />
    </article>
  );
}
