import { z } from 'zod';
import type { CartService, CartView } from './cart-service';
import { checkoutDraftPatch } from './checkout-draft';
import { addLineKey } from './idempotency';
import { localeParam } from '../catalog/query-params';
import { currencySchema } from '../catalog/money';
import { parseFields } from '../framework/field-errors';
import type { HttpResult, RequestContext, Route } from '../framework/types';
import type { RateLimits } from '../shared/rate-limits';
import { validate, validateQuery } from '../framework/validate';

const localeQuery = z.object({ locale: localeParam });
const createBody = z.object({ currency: currencySchema }).strict();
// quantity ranges are business rules (422 invalid_quantity), so only the type is checked here.
const addLineBody = z.object({ sku: z.string().min(1).max(100), quantity: z.number() }).strict();
const updateLineBody = z.object({ quantity: z.number() }).strict();
// Shape only: whether a code exists and applies is the promotion's answer (422 with a reason).
const promoCodeBody = z
  .object({
    code: z.string().trim().min(1).max(64),
    /** The shopper's address as the storefront saw it: guesses count per address too. */
    client: z
      .object({ ip: z.string().min(1).max(64) })
      .strict()
      .optional(),
  })
  .strict();

function cartResult(
  cart: CartView,
  status = 200,
  headers: Record<string, string> = {},
): HttpResult {
  return { status, json: cart, headers: { ...headers, etag: `"${cart.version}"` } };
}

// Same header and value as the checkout's replays.
const REPLAYED = { 'idempotency-replayed': 'true' };

function writeOptions({ headers, query }: RequestContext) {
  const ifMatch = headers['if-match'];
  return {
    ifMatch: typeof ifMatch === 'string' ? ifMatch : undefined,
    locale: validateQuery(localeQuery, query).locale,
  };
}

// Ten tries per cart in ten minutes is plenty for a shopper's typos; a script making new carts
// meets the limit per address.
const PROMO_ATTEMPTS = { perCart: 10, perAddress: 30, windowSeconds: 600 };

export function cartRoutes(carts: CartService, limits: RateLimits): Route[] {
  return [
    {
      method: 'POST',
      template: '/cart/carts',
      service: 'cart',
      handler: async (context) => {
        const { currency } = validate(createBody, await context.readJson());
        return cartResult(await carts.create(currency, writeOptions(context).locale), 201);
      },
    },
    {
      method: 'GET',
      template: '/cart/carts/{cartId}',
      service: 'cart',
      handler: async (context) =>
        cartResult(await carts.get(context.params.cartId ?? '', writeOptions(context).locale)),
    },
    {
      method: 'POST',
      template: '/cart/carts/{cartId}/lines',
      service: 'cart',
      handler: async (context) => {
        const options = writeOptions(context);
        const { sku, quantity } = validate(addLineBody, await context.readJson());
        const key = addLineKey(context.headers, { sku, quantity });
        const { cart, replayed } = await carts.addLine(
          context.params.cartId ?? '',
          sku,
          quantity,
          options,
          key,
        );
        return cartResult(cart, 200, replayed ? REPLAYED : {});
      },
    },
    {
      method: 'PATCH',
      template: '/cart/carts/{cartId}/lines/{lineId}',
      service: 'cart',
      handler: async (context) => {
        const options = writeOptions(context);
        const { quantity } = validate(updateLineBody, await context.readJson());
        return cartResult(
          await carts.updateLine(
            context.params.cartId ?? '',
            context.params.lineId ?? '',
            quantity,
            options,
          ),
        );
      },
    },
    {
      method: 'DELETE',
      template: '/cart/carts/{cartId}/lines/{lineId}',
      service: 'cart',
      handler: async (context) => {
        const options = writeOptions(context);
        return cartResult(
          await carts.removeLine(context.params.cartId ?? '', context.params.lineId ?? '', options),
        );
      },
    },
    {
      method: 'PUT',
      template: '/cart/carts/{cartId}/checkout',
      service: 'cart',
      handler: async (context) => {
        const { locale } = writeOptions(context);
        const patch = parseFields(checkoutDraftPatch, await context.readJson());
        return cartResult(await carts.saveCheckout(context.params.cartId ?? '', patch, locale));
      },
    },
    {
      method: 'PUT',
      template: '/cart/carts/{cartId}/promo-code',
      service: 'cart',
      handler: async (context) => {
        const { locale } = writeOptions(context);
        const { code, client } = validate(promoCodeBody, await context.readJson());
        const cartId = context.params.cartId ?? '';
        const { perCart, perAddress, windowSeconds } = PROMO_ATTEMPTS;
        await limits.hit([
          { key: `promo-code:cart:${cartId}`, max: perCart, windowSeconds },
          ...(client
            ? [{ key: `promo-code:ip:${client.ip}`, max: perAddress, windowSeconds }]
            : []),
        ]);
        return cartResult(await carts.applyPromoCode(cartId, code, locale));
      },
    },
    {
      method: 'DELETE',
      template: '/cart/carts/{cartId}/promo-code',
      service: 'cart',
      handler: async (context) => {
        const { locale } = writeOptions(context);
        return cartResult(await carts.removePromoCode(context.params.cartId ?? '', locale));
      },
    },
  ];
}
