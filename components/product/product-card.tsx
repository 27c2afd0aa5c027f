import { IntentLink } from '@/components/ui/intent-link';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { ProductSummary } from '@/lib/services/catalog/types';
import { CardImage } from './card-image';
import { ProductPrice } from './product-price';

export function ProductCard({
  product,
  locale,
  eager = false,
  wasPrice,
}: {
  product: ProductSummary;
  locale: Locale;
  eager?: boolean;
  wasPrice: (price: string) => string;
}) {
  return (
    <article className="card">
      <div className="card-media">
        <CardImage
          src={product.image.url}
          alt={product.image.alt}
          width={product.image.width}
          height={product.image.height}
          eager={eager}
        />
      </div>
      <div className="flex flex-col gap-0.5">
        <p className="card-brand">{product.brand.name}</p>
        <h3 className="card-title">
          <IntentLink href={routes.product(locale, product.slug)} className="card-link">
            {product.name}
          </IntentLink>
        </h3>
        <ProductPrice
          locale={locale}
          price={product.price}
          compareAtPrice={product.compareAtPrice}
          wasPrice={wasPrice}
        />
      </div>
    </article>
  );
}
