import { cacheLifetimes } from '@/lib/cache/manifest';
import { jsonError } from '@/lib/http/json-error';
import { isLocale } from '@/lib/i18n/markets';
import type { LiveProduct } from '@/lib/product/live-product';
import { catalog } from '@/lib/services/catalog/client';
import { isNotFound } from '@/lib/services/transport/result';
import { inventory } from '@/lib/services/inventory/client';

const PRODUCT_ID = /^p\d{6}$/;

/**
 * Fresh price and stock for a product on a cached page. Browsers and CDNs may keep the
 * answer for a few seconds; an outage answers 503 so the page says "unavailable".
 */
export async function GET(
  request: Request,
  { params }: RouteContext<'/api/live/[productId]'>,
): Promise<Response> {
  const { productId } = await params;
  const locale = new URL(request.url).searchParams.get('locale');
  if (!PRODUCT_ID.test(productId))
    return jsonError(400, 'invalid_product_id', 'Product id must look like p000123.');
  if (!isLocale(locale))
    return jsonError(400, 'invalid_locale', 'Query parameter locale must be a supported locale.');

  const [product, stock] = await Promise.all([
    catalog.getLiveProduct(locale, productId),
    inventory.getProductStock(productId),
  ]);
  if (!product.ok && isNotFound(product.error))
    return jsonError(404, 'unknown_product', `No product ${productId}.`);
  if (!product.ok || !stock.ok)
    return jsonError(503, 'unavailable', 'Live stock is unavailable right now.', {
      'Retry-After': '10',
    });

  const available = new Map(stock.value.items.map((item) => [item.sku, item]));
  const body: LiveProduct = {
    productId,
    fetchedAt: new Date().toISOString(),
    variants: product.value.variants.map((variant) => ({
      sku: variant.sku,
      available: available.get(variant.sku)?.available ?? 0,
      status: available.get(variant.sku)?.status ?? 'out_of_stock',
      price: variant.price,
    })),
  };
  const maxAge = cacheLifetimes.live;
  return Response.json(body, {
    headers: { 'Cache-Control': `public, max-age=${maxAge}, s-maxage=${maxAge}` },
  });
}
