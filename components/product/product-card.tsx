import Image from 'next/image';
import Link from 'next/link';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { ProductSummary } from '@/lib/services/catalog/types';
import { ProductPrice } from './product-price';

export function ProductCard({ product, locale, eager = false }: { product: ProductSummary; locale: Locale; eager?: boolean }) {
  return (
    <article className="group relative flex flex-col gap-2">
      <div className="aspect-[4/5] overflow-hidden rounded-lg bg-paper-warm">
        <Image
          src={product.image.url}
          alt={product.image.alt}
          width={product.image.width}
          height={product.image.height}
          sizes="(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 46vw"
          quality={60}
          loading={eager ? 'eager' : 'lazy'}
          className="h-full w-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
        />
      </div>
      <div className="flex flex-col gap-0.5">
        <p className="text-xs uppercase tracking-wide text-ink-subtle">{product.brand.name}</p>
        <h3 className="text-sm font-medium leading-snug">
          <Link href={routes.product(locale, product.slug)} className="after:absolute after:inset-0 hover:underline">
            {product.name}
          </Link>
        </h3>
        <ProductPrice locale={locale} price={product.price} compareAtPrice={product.compareAtPrice} />
      </div>
    </article>
  );
}
