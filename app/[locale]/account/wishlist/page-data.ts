import { formatMoney } from '@/lib/i18n/money';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { catalog } from '@/lib/services/catalog/client';
import type { CatalogImage } from '@/lib/services/catalog/types';
import { inventory } from '@/lib/services/inventory/client';
import { markOutage } from '@/lib/services/transport/request-scope';
import { isNotFound } from '@/lib/services/transport/result';
import { readWishlist } from '@/lib/wishlist/shopper-wishlist';

interface WishlistEntry {
  productId: string;
  name: string;
  href: string;
  image: CatalogImage;
  /** Live, formatted for the locale. */
  price: string;
  inStock: boolean;
}

/** Null when the customer, catalog or inventory service did not answer (the page says so). */
export type WishlistPageData = { signedIn: boolean; entries: WishlistEntry[] } | null;

/**
 * One saved product with its live price and stock, as the product page's live route reads
 * them; `gone` for a product the catalog no longer has (it is left out).
 */
async function liveEntry(
  locale: Locale,
  productId: string,
): Promise<WishlistEntry | 'gone' | 'unavailable'> {
  const [product, stock] = await Promise.all([
    catalog.getLiveProduct(locale, productId),
    inventory.getProductStock(productId),
  ]);
  if (!product.ok && isNotFound(product.error)) return 'gone';
  if (!product.ok || !stock.ok) return 'unavailable';
  const { name, slug, image, price } = product.value;
  return {
    productId,
    name,
    href: routes.product(locale, slug),
    image,
    price: formatMoney(price, locale),
    inStock: stock.value.items.some((item) => item.available > 0),
  };
}

/** The shopper's wishlist, the account's or the guest cookie's: per request, never cached. */
export async function loadWishlistPage(locale: Locale): Promise<WishlistPageData> {
  const wishlist = await readWishlist();
  if (wishlist.ok) {
    const found = await Promise.all(wishlist.productIds.map((id) => liveEntry(locale, id)));
    if (!found.includes('unavailable'))
      return {
        signedIn: wishlist.signedIn,
        entries: found.filter((entry): entry is WishlistEntry => typeof entry !== 'string'),
      };
  }
  markOutage();
  return null;
}
