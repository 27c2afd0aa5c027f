import { getTranslations } from 'next-intl/server';
import { jsonError } from '@/lib/http/json-error';
import type { Locale } from '@/lib/i18n/markets';
import type { CartOutcome } from './cart-operations';
import type { CartFailure } from './cart-session';
import { summaryWithEstimate } from './cart-with-estimate';

const STATUS: Record<CartFailure | 'invalidRequest', number> = {
  invalidRequest: 400,
  invalidQuantity: 422,
  insufficientStock: 422,
  unknownSku: 422,
  lineGone: 404,
  unavailable: 503,
};

/** A refused cart change: the code for scripts, the reason in the shopper's language. */
export async function cartErrorResponse(
  locale: Locale,
  failure: CartFailure | 'invalidRequest',
): Promise<Response> {
  const t = await getTranslations({ locale, namespace: 'Cart' });
  const headers: HeadersInit | undefined =
    failure === 'unavailable' ? { 'Retry-After': '5' } : undefined;
  return jsonError(STATUS[failure], failure, t(failure), headers);
}

/** The cart after a change (or as it is), for the optimistic UI to settle on; never cached. */
export async function cartResponse(locale: Locale, outcome: CartOutcome): Promise<Response> {
  if (!outcome.ok) return cartErrorResponse(locale, outcome.failure);
  const summary = await summaryWithEstimate(outcome.cart);
  return Response.json({ cart: summary }, { headers: { 'Cache-Control': 'private, no-store' } });
}
