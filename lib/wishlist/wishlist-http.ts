import { jsonError } from '@/lib/http/json-error';
import { isCrossSite } from '@/lib/http/same-origin';
import { isProductId } from './wishlist-cookie';

/** One shopper's list: no shared cache may keep it, and the browser asks again every time. */
export const PRIVATE = { 'Cache-Control': 'private, no-store' } as const;

/**
 * What the wishlist routes refuse before doing anything: a request from another site (these
 * routes read and change the shopper's list with their cookies) and a malformed product id.
 */
export function refusal(request: Request, productId?: string): Response | undefined {
  if (isCrossSite(request))
    return jsonError(403, 'cross_site', 'The wishlist answers this shop only.', PRIVATE);
  if (productId !== undefined && !isProductId(productId))
    return jsonError(400, 'invalid_product_id', 'Product id must look like p000123.', PRIVATE);
  return undefined;
}

export function unavailable(): Response {
  return jsonError(503, 'unavailable', 'The wishlist is unavailable right now.', {
    ...PRIVATE,
    'Retry-After': '10',
  });
}
