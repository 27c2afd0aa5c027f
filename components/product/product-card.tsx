import Image from 'next/image';
import Link from 'next/link';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { ProductSummary } from '@/lib/services/catalog/types';
import { ProductPrice } from './product-price';

export function ProductCard({
  product,
  locale,
  eager = false,
}: {
  product: ProductSummary;
  locale: Locale;
  eager?: boolean;
}) {
  return (
    <article className="card">
      <div className="card-media">
        <Image
          src={product.image.url}
          alt={product.image.alt}
          width={product.image.width}
          height={product.image.height}
          sizes="(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 46vw"
          quality={60}
          loading={eager ? 'eager' : 'lazy'}
          className="card-image"
        />
      </div>
      <div className="flex flex-col gap-0.5">
        <p className="card-brand">{product.brand.name}</p>
        <h3 className="card-title">
          <Link href={routes.product(locale, product.slug)} className="card-link">
            {product.name}
          </Link>
        </h3>
        <ProductPrice
          locale={locale}
          price={product.price}
          compareAtPrice={product.compareAtPrice}
        />
      </div>
    </article>
  );
}
