import { getTranslations } from 'next-intl/server';
import { heartContext } from '@/components/wishlist/heart-messages';
import type { Locale } from '@/lib/i18n/markets';
import type { ProductSummary } from '@/lib/services/catalog/types';
import { productCardData } from './card-data';
import { ProductCard } from './product-card';

/** Responsive grid; the first row loads eagerly because it is above the fold on phones. */
export async function ProductGrid({
  products,
  locale,
  eagerCount = 2,
  linkShownColor = false,
}: {
  products: ProductSummary[];
  locale: Locale;
  eagerCount?: number;
  /** Filtered by colour: each card opens its product in the colour it shows (`?color=`). */
  linkShownColor?: boolean;
}) {
  const [t, account] = await Promise.all([getTranslations('Product'), getTranslations('Account')]);
  const wasLabel = (price: string) => t('wasPrice', { price });
  const heart = heartContext(locale, account);
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            card={productCardData(product, locale, wasLabel, linkShownColor)}
            heart={heart}
            eager={index < eagerCount}
          />
        </li>
      ))}
    </ul>
  );
}
