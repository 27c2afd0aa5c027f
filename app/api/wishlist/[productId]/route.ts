import { jsonError } from '@/lib/http/json-error';
import { setWished } from '@/lib/wishlist/shopper-wishlist';
import { PRIVATE, refusal, unavailable } from '@/lib/wishlist/wishlist-http';

type Context = RouteContext<'/api/wishlist/[productId]'>;

async function change(request: Request, context: Context, wished: boolean): Promise<Response> {
  const { productId } = await context.params;
  const refused = refusal(request, productId);
  if (refused) return refused;
  const outcome = await setWished(productId, wished);
  if (outcome === 'unknownProduct')
    return jsonError(404, 'unknown_product', `No product ${productId}.`, PRIVATE);
  if (outcome === 'full')
    return jsonError(
      409,
      'wishlist_full',
      'The wishlist holds as many products as it can.',
      PRIVATE,
    );
  if (outcome === 'unavailable') return unavailable();
  return new Response(null, { status: 204, headers: PRIVATE });
}

/** Saves the product (idempotent): in the account when signed in, in the cookie otherwise. */
export function PUT(request: Request, context: Context): Promise<Response> {
  return change(request, context, true);
}

/** Takes the product off the list (idempotent). */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return change(request, context, false);
}
