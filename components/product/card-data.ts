import { formatMoney } from '@/lib/i18n/money';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { ProductSummary } from '@/lib/services/catalog/types';

/**
 * What a product card shows, formatted on the server. A card is a client component fed this, so
 * a listing's RSC payload carries each card's words and link once (~300 bytes) rather than the
 * element tree of its markup, which the payload would otherwise repeat beside the HTML.
 */
export interface ProductCardData {
  id: string;
  href: string;
  brand: string;
  name: string;
  price: string;
  /** On sale: the struck-through price and the screen reader's sentence for it. */
  was?: { price: string; label: string };
  image: { src: string; alt: string; width: number; height: number };
}

export function productCardData(
  product: ProductSummary,
  locale: Locale,
  /** The screen reader's "was" sentence for a formatted price. */
  wasLabel: (price: string) => string,
  /** A listing filtered by colour links to the product in the colour its card shows. */
  linkShownColor = false,
): ProductCardData {
  const { compareAtPrice, price } = product;
  const onSale = compareAtPrice && compareAtPrice.amount > price.amount;
  const was = onSale ? formatMoney(compareAtPrice, locale) : undefined;
  return {
    id: product.id,
    href: linkShownColor
      ? `${routes.product(locale, product.slug)}?color=${encodeURIComponent(product.imageColor)}`
      : routes.product(locale, product.slug),
    brand: product.brand.name,
    name: product.name,
    price: formatMoney(price, locale),
    ...(was && { was: { price: was, label: wasLabel(was) } }),
    image: {
      src: product.image.url,
      alt: product.image.alt,
      width: product.image.width,
      height: product.image.height,
    },
  };
}
