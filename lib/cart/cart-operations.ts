import { recordConversion } from '@/lib/experiments/conversions';
import { cart, type Cart } from '@/lib/services/cart/client';
import { catalog } from '@/lib/services/catalog/client';
import { writeCartCount } from './cart-count-cookie';
import type { AddLineInput, ChangeLineInput } from './cart-input';
import {
  applyCartChange,
  cartFailure,
  cartForWrite,
  findCart,
  isCartOrdered,
  startCart,
  type CartFailure,
} from './cart-session';

export type CartOutcome =
  { ok: true; cart: Cart | undefined } | { ok: false; failure: CartFailure };

const failed = (failure: CartFailure): CartOutcome => ({ ok: false, failure });

/**
 * The cart changes a shopper can make, shared by the no-JavaScript form posts and the JSON
 * routes the optimistic UI calls. The variant is resolved from the chosen options here, on the
 * server, so a page cannot add a SKU it was never shown.
 */
export async function addVariant({
  locale,
  productId,
  color,
  size,
  quantity,
  requestId,
}: AddLineInput): Promise<CartOutcome> {
  const product = await catalog.getLiveProduct(locale, productId);
  if (!product.ok) return failed(product.error.status === 404 ? 'unknownSku' : 'unavailable');
  const variant = product.value.variants.find(
    (v) => v.options.color === color && v.options.size === size,
  );
  if (!variant) return failed('unknownSku');

  const current = await cartForWrite(locale);
  if (!current.ok) return failed('unavailable');
  // The request id is the service's Idempotency-Key: a replayed add (same id) adds nothing again.
  let replayed = false;
  const add = (into: Cart) =>
    applyCartChange(into, async (at) => {
      const result = await cart.addLine(
        at.id,
        { sku: variant.sku, quantity },
        at.version,
        requestId,
      );
      replayed = result.ok && result.replayed;
      return result;
    });
  const added = await add(current.value);
  if (added.ok || !isCartOrdered(added.error)) return converted(await settled(added), replayed);
  const fresh = await startCart(locale);
  return fresh.ok
    ? converted(await settled(await add(fresh.value)), replayed)
    : failed('unavailable');
}

/** An add that went through is the experiments' add_to_cart conversion; a replay was counted the first time. */
async function converted(outcome: CartOutcome, replayed: boolean): Promise<CartOutcome> {
  if (outcome.ok && !replayed) await recordConversion('add_to_cart');
  return outcome;
}

/** Sets a line's quantity; 0 removes it. A missing cart is an empty cart, not an error. */
export async function changeLine({
  locale,
  lineId,
  quantity,
}: ChangeLineInput): Promise<CartOutcome> {
  const found = await findCart(locale);
  if (!found.ok) return failed('unavailable');
  if (!found.value) return { ok: true, cart: undefined };
  const changed = await applyCartChange(found.value, (at) =>
    quantity === 0
      ? cart.removeLine(at.id, lineId, at.version)
      : cart.updateLine(at.id, lineId, quantity, at.version),
  );
  if (!changed.ok && isCartOrdered(changed.error)) return failed('lineGone');
  return settled(changed);
}

async function settled(result: Awaited<ReturnType<typeof applyCartChange>>): Promise<CartOutcome> {
  if (!result.ok) return failed(cartFailure(result.error));
  await writeCartCount(result.value.itemCount);
  return { ok: true, cart: result.value };
}

/**
 * "Buy again": adds each ordered line that the cart service accepts (in stock, still sold); the
 * ones it refuses are skipped. Returns how many lines were added.
 */
export async function addOrderedLines(
  locale: Parameters<typeof cartForWrite>[0],
  lines: ReadonlyArray<{ sku: string; quantity: number }>,
): Promise<number | 'unavailable'> {
  const current = await cartForWrite(locale);
  if (!current.ok) return 'unavailable';
  let at: Cart = current.value;
  let added = 0;
  for (const { sku, quantity } of lines) {
    const result = await applyCartChange(at, (into) =>
      cart.addLine(into.id, { sku, quantity }, into.version),
    );
    if (!result.ok) continue;
    at = result.value;
    added++;
  }
  await writeCartCount(at.itemCount);
  return added;
}
