import type { Locale } from '@/lib/i18n/markets';
import { lazyServiceClient } from '../transport/create-client';
import type { Result, ServiceError } from '../transport/result';
import { settle } from '../transport/settle';
import type { components, paths } from './schema';
import { cartSchema, versionConflictSchema } from './validation';

type Schemas = components['schemas'];
export type Cart = Schemas['Cart'];
export type CartLine = Schemas['Line'];
export type CartCurrency = Schemas['Currency'];
export type CartStatus = Schemas['CartStatus'];
/** What an order of the cart costs now: discount, shipping and tax as the services work them out. */
export type OrderTotals = Schemas['OrderTotals'];
export type Promotion = Schemas['Promotion'];
/** What the shopper has entered at checkout so far, saved on the cart. */
export type CheckoutDraft = Schemas['CheckoutDraft'];
/** A draft change: a field left out keeps its saved value, `null` clears it. */
export type CheckoutDraftInput = Schemas['CheckoutDraftInput'];

/** A write refused because the cart changed since the version sent; re-apply the edit to `current`. */
export interface CartConflict {
  ok: false;
  error: ServiceError;
  current: Cart;
}

export type CartWriteResult = Result<Cart> | CartConflict;

/** An add; `replayed` when the service had applied its idempotency key already, so nothing was added this time. */
export type AddLineResult =
  { ok: true; value: Cart; replayed: boolean } | Exclude<CartWriteResult, { ok: true }>;

export function isCartConflict(result: CartWriteResult): result is CartConflict {
  return !result.ok && 'current' in result;
}

const api = lazyServiceClient<paths>('cart');

const op = (operation: string) => ({ service: 'cart', operation });

// A cart belongs to one shopper and changes with every click: Next must never cache it.
const uncached = { cache: 'no-store' } as const;

const ifMatch = (version: number) => ({ header: { 'If-Match': `"${version}"` } });

/** If-Match plus, when given, the Idempotency-Key that makes a replayed add harmless. */
const addHeaders = (version: number, idempotencyKey: string | undefined) => ({
  header: {
    ...ifMatch(version).header,
    ...(idempotencyKey === undefined ? {} : { 'Idempotency-Key': idempotencyKey }),
  },
});

type CartCall = Promise<{
  data?: Cart;
  error?: Schemas['Error'] | Schemas['VersionConflict'];
  response: Response;
}>;

async function write(operation: string, call: CartCall): Promise<CartWriteResult> {
  const result = await settle(op(operation), call, cartSchema);
  if (result.ok || result.error.status !== 409) return result;
  // settle has seen the 409, so the call has already resolved; its body carries the current cart.
  const { error: body } = await call;
  if (body && 'cart' in body && versionConflictSchema.safeParse(body).success)
    return { ...result, current: body.cart };
  return result;
}

export const cart = {
  async createCart(currency: CartCurrency): Promise<Result<Cart>> {
    return settle(
      op('createCart'),
      api().POST('/cart/carts', { body: { currency }, ...uncached }),
      cartSchema,
    );
  },

  /** `locale` picks the language of line names and variant labels. */
  async getCart(cartId: string, locale?: Locale): Promise<Result<Cart>> {
    return settle(
      op('getCart'),
      api().GET('/cart/carts/{cartId}', {
        params: { path: { cartId }, query: { locale } },
        ...uncached,
      }),
      cartSchema,
    );
  },

  /**
   * Adding a SKU already in the cart raises that line's quantity. With an `idempotencyKey` (8 to
   * 128 characters, one per intended add) a retry or replay of the same add adds nothing and
   * answers the current cart with `replayed: true`; the key with another SKU or quantity is
   * HTTP 422 idempotency_key_reused.
   */
  async addLine(
    cartId: string,
    line: { sku: string; quantity: number },
    version: number,
    idempotencyKey?: string,
  ): Promise<AddLineResult> {
    const call = api().POST('/cart/carts/{cartId}/lines', {
      params: { path: { cartId }, ...addHeaders(version, idempotencyKey) },
      body: line,
      ...uncached,
    });
    const result = await write('addLine', call);
    if (!result.ok) return result;
    // write has settled the call already; its response says whether this was a replay.
    const { response } = await call;
    return { ...result, replayed: response.headers.get('idempotency-replayed') === 'true' };
  },

  async updateLine(
    cartId: string,
    lineId: string,
    quantity: number,
    version: number,
  ): Promise<CartWriteResult> {
    return write(
      'updateLine',
      api().PATCH('/cart/carts/{cartId}/lines/{lineId}', {
        params: { path: { cartId, lineId }, ...ifMatch(version) },
        body: { quantity },
        ...uncached,
      }),
    );
  },

  /**
   * Saves checkout entries on the cart (no version: the lines do not change, so no conflict is
   * possible). A bad entry is HTTP 400 invalid_request with `error.fields`
   * (e.g. `shippingAddress.postalCode: invalid_postal_code`); an ordered cart is HTTP 410 cart_ordered.
   */
  async saveCheckout(
    cartId: string,
    draft: CheckoutDraftInput,
    locale?: Locale,
  ): Promise<Result<Cart>> {
    return settle(
      op('saveCheckout'),
      api().PUT('/cart/carts/{cartId}/checkout', {
        params: { path: { cartId }, query: { locale } },
        body: draft,
        ...uncached,
      }),
      cartSchema,
    );
  },

  /**
   * Applies a promo code, replacing any other. A code that does not apply now is HTTP 422
   * promo_code_rejected with the `reason` (expired, below_minimum, ...); the cart is unchanged.
   * Too many tries for the cart or from `clientIp` are HTTP 429 too_many_attempts.
   */
  async applyPromoCode(
    cartId: string,
    code: string,
    { locale, clientIp }: { locale?: Locale; clientIp?: string } = {},
  ): Promise<Result<Cart>> {
    return settle(
      op('applyPromoCode'),
      api().PUT('/cart/carts/{cartId}/promo-code', {
        params: { path: { cartId }, query: { locale } },
        body: { code, ...(clientIp ? { client: { ip: clientIp } } : {}) },
        ...uncached,
      }),
      cartSchema,
    );
  },

  async removePromoCode(cartId: string, locale?: Locale): Promise<Result<Cart>> {
    return settle(
      op('removePromoCode'),
      api().DELETE('/cart/carts/{cartId}/promo-code', {
        params: { path: { cartId }, query: { locale } },
        ...uncached,
      }),
      cartSchema,
    );
  },

  async removeLine(cartId: string, lineId: string, version: number): Promise<CartWriteResult> {
    return write(
      'removeLine',
      api().DELETE('/cart/carts/{cartId}/lines/{lineId}', {
        params: { path: { cartId, lineId }, ...ifMatch(version) },
        ...uncached,
      }),
    );
  },
};
