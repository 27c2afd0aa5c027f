'use client';

import { IntentLink } from '@/components/ui/intent-link';
import type { ProductCardData } from './card-data';
import { CardImage } from './card-image';

export function ProductCard({ card, eager = false }: { card: ProductCardData; eager?: boolean }) {
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
    </article>
  );
}
