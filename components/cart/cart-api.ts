import type { CartSummary } from '@/lib/cart/cart-summary';
import type { Locale } from '@/lib/i18n/markets';

/** A refused or failed cart call, carrying the server's reason in the shopper's language. */
export class CartRequestError extends Error {
  constructor(
    message: string,
    /** The route's error code (`insufficientStock`, `lineGone`...), when it answered at all. */
    readonly code?: string,
    /** The HTTP status, when there was an answer. */
    readonly status?: number,
  ) {
    super(message);
  }

  /** No answer: offline, or too slow. The same call may be sent again later. */
  get unanswered(): boolean {
    return this.status === undefined;
  }

  /** Refused for good (bad input, sold out); sending it again would be refused again. */
  get refused(): boolean {
    return (
      this.status !== undefined &&
      this.status >= 400 &&
      this.status < 500 &&
      this.status !== 408 &&
      this.status !== 429
    );
  }
}

// Longer than the routes' own service timeouts: past it, the network (not the server) failed.
const NO_ANSWER_MS = 15_000;

// Same-origin routes that validated everything already: the answer is read as is.
async function send(
  url: string,
  init: RequestInit,
  fallbackMessage: string,
): Promise<CartSummary | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { 'content-type': 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(NO_ANSWER_MS),
    });
  } catch {
    throw new CartRequestError(fallbackMessage);
  }
  const body = (await response.json().catch(() => ({}))) as {
    cart?: CartSummary | null;
    error?: { code?: string; message?: string };
  };
  if (!response.ok || body.cart === undefined)
    throw new CartRequestError(
      body.error?.message ?? fallbackMessage,
      body.error?.code,
      response.status,
    );
  return body.cart;
}

export const cartApi = {
  get: (locale: Locale, fallbackMessage: string) =>
    send(`/api/cart?locale=${locale}`, { method: 'GET' }, fallbackMessage),

  /** `requestId` makes the add idempotent: sent again with the same id, it is added once. */
  add: (
    input: {
      locale: Locale;
      productId: string;
      color: string;
      size: string;
      quantity: number;
      requestId?: string;
    },
    fallbackMessage: string,
  ) => send('/api/cart/lines', { method: 'POST', body: JSON.stringify(input) }, fallbackMessage),

  /** Quantity 0 removes the line. */
  setQuantity: (locale: Locale, lineId: string, quantity: number, fallbackMessage: string) =>
    send(
      `/api/cart/lines/${encodeURIComponent(lineId)}`,
      { method: 'PATCH', body: JSON.stringify({ locale, quantity }) },
      fallbackMessage,
    ),
};
