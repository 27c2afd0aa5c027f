import type { Catalog } from '../catalog/catalog';
import type { Image, ImageUrls } from '../catalog/images';
import type { Locale } from '../catalog/locale';
import { multiplyMoney, type Currency, type Money } from '../catalog/money';
import { variantLabel } from '../catalog/text';

export interface LineView {
  id: string;
  sku: string;
  productId: string;
  name: string;
  variantLabel: string;
  image: Image;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
}

export interface PricedLines {
  lines: LineView[];
  itemCount: number;
  subtotal: Money;
}

/**
 * Prices stored SKU lines from the live catalog. Shared by carts and orders
 * (orders snapshot the result). Lines whose SKU no longer exists are dropped.
 */
export function priceLines(
  stored: Array<{ id: string; sku: string; quantity: number }>,
  currency: Currency,
  locale: Locale,
  catalog: Catalog,
  images: ImageUrls,
): PricedLines {
  const lines = stored.flatMap((line): LineView[] => {
    const found = catalog.variantBySku(line.sku);
    if (!found) return [];
    const { product, variant } = found;
    const name = catalog.name(product, locale);
    const unitPrice = catalog.price(product, currency);
    return [
      {
        id: line.id,
        sku: line.sku,
        productId: product.id,
        name,
        variantLabel: variantLabel(variant.color, variant.size, locale),
        image: images.product(product.id, variant.color, 0, name),
        quantity: line.quantity,
        unitPrice,
        lineTotal: multiplyMoney(unitPrice, line.quantity),
      },
    ];
  });
  return {
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: { amount: lines.reduce((sum, line) => sum + line.lineTotal.amount, 0), currency },
  };
}
