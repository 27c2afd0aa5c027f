import { changeLineInput } from '@/lib/cart/cart-input';
import { changeLine } from '@/lib/cart/cart-operations';
import { readCartRequest } from '@/lib/cart/cart-request';
import { cartResponse } from '@/lib/cart/cart-response';

/** Set a line's quantity: `{ locale, quantity }` (0 removes it). */
export async function PATCH(
  request: Request,
  { params }: RouteContext<'/api/cart/lines/[lineId]'>,
): Promise<Response> {
  const parsed = await readCartRequest(request, changeLineInput, { lineId: (await params).lineId });
  if (!parsed.ok) return parsed.response;
  return cartResponse(parsed.input.locale, await changeLine(parsed.input));
}

/** Remove a line: `?locale=`. */
export async function DELETE(
  request: Request,
  { params }: RouteContext<'/api/cart/lines/[lineId]'>,
): Promise<Response> {
  const locale = new URL(request.url).searchParams.get('locale');
  const parsed = await readCartRequest(request, changeLineInput, {
    lineId: (await params).lineId,
    locale,
    quantity: 0,
  });
  if (!parsed.ok) return parsed.response;
  return cartResponse(parsed.input.locale, await changeLine(parsed.input));
}
