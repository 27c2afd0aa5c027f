import type { CartRepository, CartStatus, StoredCart } from './cart-repository';
import { mergeDraft, type CheckoutDraft, type CheckoutDraftPatch } from './checkout-draft';
import type { AddLineKey } from './idempotency';
import { priceLines, type LineView } from './line-view';
import type { Catalog } from '../catalog/catalog';
import type { ImageUrls } from '../catalog/images';
import type { Locale } from '../catalog/locale';
import type { Currency, Money } from '../catalog/money';
import { DetailedError, HttpError, notFound } from '../framework/errors';
import type { StockLedger } from '../inventory/stock-ledger';
import { priceOrder, type OrderTotals, type Promotion } from '../checkout/order-pricing';
import { evaluatePromo } from '../promotions/promo-code';
import type { PromoRepository } from '../promotions/promo-repository';
import { promoRejected } from '../promotions/promo-rejected';
import type { KeyedMutex } from '../shared/keyed-mutex';

const MAX_LINE_QUANTITY = 99;

export interface CartView {
  id: string;
  version: number;
  currency: Currency;
  lines: LineView[];
  itemCount: number;
  subtotal: Money;
  updatedAt: string;
  checkout: CheckoutDraft;
  status: CartStatus;
  orderId?: string;
  /** The code applied, and whether it still applies (it may expire or fall below its minimum). */
  promotion?: Promotion;
  /** What the order would cost now, from the lines and the checkout draft. */
  totals: OrderTotals;
}

/** `replayed`: the add's Idempotency-Key was applied before, so nothing was added this time. */
export interface AddLineOutcome {
  cart: CartView;
  replayed: boolean;
}

/** Preconditions of a cart write: `If-Match` (absent = unconditional) and response locale. */
export interface WriteOptions {
  ifMatch: string | undefined;
  locale: Locale;
}

export class CartService {
  constructor(
    private readonly repository: CartRepository,
    private readonly catalog: Catalog,
    private readonly ledger: StockLedger,
    private readonly images: ImageUrls,
    private readonly locks: KeyedMutex,
    private readonly promoCodes: Pick<PromoRepository, 'find'>,
  ) {}

  async create(currency: Currency, locale: Locale): Promise<CartView> {
    return this.view(await this.repository.create(currency), locale);
  }

  async get(cartId: string, locale: Locale): Promise<CartView> {
    return this.view(await this.load(cartId), locale);
  }

  /**
   * Adding a SKU already in the cart increases that line's quantity. With a key, an add already
   * applied to this cart is not applied again: the current cart is answered as a replay. The key
   * is looked up before If-Match and the open check, because a replay carries the version the
   * first attempt saw and that attempt's add may since have been ordered. Keys are per cart and
   * the cart's lock is held from lookup to write, so concurrent replays add once. A refused add
   * (422, 409, 410) records nothing: the same key may be retried once the cause is gone.
   */
  addLine(
    cartId: string,
    sku: string,
    quantity: number,
    options: WriteOptions,
    key?: AddLineKey,
  ): Promise<AddLineOutcome> {
    return this.locks.run(`cart:${cartId}`, async () => {
      if (key) {
        const replay = await this.replayedAdd(cartId, key, options.locale);
        if (replay) return { cart: replay, replayed: true };
      }
      const cart = await this.writeLocked(cartId, options, async (current) => {
        const existing = current.lines.find((line) => line.sku === sku)?.quantity ?? 0;
        // The add itself must be 1..99 as well as the line it makes: a 0 or negative add onto an
        // existing line would otherwise pass as a valid total (and a negative one would remove).
        this.assertPurchasable(sku, quantity);
        this.assertPurchasable(sku, existing + quantity);
        await this.repository.upsertLine(current.id, sku, existing + quantity, key);
      });
      return { cart, replayed: false };
    });
  }

  updateLine(
    cartId: string,
    lineId: string,
    quantity: number,
    options: WriteOptions,
  ): Promise<CartView> {
    return this.write(cartId, options, async (cart) => {
      const line = cart.lines.find((candidate) => candidate.id === lineId);
      if (!line) throw notFound(`Cart line "${lineId}"`);
      this.assertPurchasable(line.sku, quantity);
      await this.repository.setLineQuantity(cart.id, lineId, quantity);
    });
  }

  removeLine(cartId: string, lineId: string, options: WriteOptions): Promise<CartView> {
    return this.write(cartId, options, async (cart) => {
      if (!cart.lines.some((line) => line.id === lineId)) throw notFound(`Cart line "${lineId}"`);
      await this.repository.deleteLine(cart.id, lineId);
    });
  }

  /** Merges the shopper's checkout entries into the saved draft; no If-Match and no new version (the lines did not change). */
  saveCheckout(cartId: string, patch: CheckoutDraftPatch, locale: Locale): Promise<CartView> {
    return this.locks.run(`cart:${cartId}`, async () => {
      const cart = assertOpen(await this.load(cartId));
      await this.repository.saveCheckout(cart.id, mergeDraft(cart.checkout, patch));
      return this.view(await this.load(cartId), locale);
    });
  }

  /**
   * Applies a promo code, replacing any other (one code per order). A code that does not apply
   * to this cart now is refused with its reason and the cart keeps what it had.
   */
  applyPromoCode(cartId: string, code: string, locale: Locale): Promise<CartView> {
    return this.locks.run(`cart:${cartId}`, async () => {
      const cart = assertOpen(await this.load(cartId));
      const found = await this.promoCodes.find(code);
      if (!found) throw promoRejected('unknown');
      const outcome = evaluatePromo(found, this.view(cart, locale).subtotal, new Date());
      if (!outcome.ok) throw promoRejected(outcome.reason, outcome.minSubtotal);
      await this.repository.savePromoCode(cart.id, found.code);
      return this.view(await this.load(cartId), locale);
    });
  }

  removePromoCode(cartId: string, locale: Locale): Promise<CartView> {
    return this.locks.run(`cart:${cartId}`, async () => {
      const cart = assertOpen(await this.load(cartId));
      await this.repository.savePromoCode(cart.id, null);
      return this.view(await this.load(cartId), locale);
    });
  }

  /**
   * Runs an order placement holding the cart's write lock, so the lines cannot
   * change between pricing and closing the cart. `markOrdered` writes without
   * taking the lock again (it is held already: taking it twice would deadlock).
   */
  placingOrder<T>(
    cartId: string,
    work: (cart: StoredCart, markOrdered: (orderId: string) => Promise<void>) => Promise<T>,
  ): Promise<T> {
    return this.locks.run(`cart:${cartId}`, async () =>
      work(await this.load(cartId), (orderId) => this.repository.markOrdered(cartId, orderId)),
    );
  }

  async load(cartId: string): Promise<StoredCart> {
    const cart = await this.repository.find(cartId);
    if (!cart) throw notFound(`Cart "${cartId}"`);
    return cart;
  }

  view(cart: StoredCart, locale: Locale): CartView {
    const priced = priceLines(cart.lines, cart.currency, locale, this.catalog, this.images);
    const { totals, promotion } = priceOrder({
      subtotal: priced.subtotal,
      shippingMethod: cart.checkout.shippingMethod,
      shippingAddress: cart.checkout.shippingAddress,
      promo: cart.promo,
    });
    return {
      id: cart.id,
      version: cart.version,
      currency: cart.currency,
      ...priced,
      updatedAt: cart.updatedAt,
      checkout: cart.checkout,
      status: cart.status,
      ...(cart.orderId ? { orderId: cart.orderId } : {}),
      ...(promotion ? { promotion } : {}),
      totals,
    };
  }

  /** Serialized per cart so the version check and the write are atomic. */
  private write(
    cartId: string,
    options: WriteOptions,
    change: (cart: StoredCart) => Promise<void>,
  ): Promise<CartView> {
    return this.locks.run(`cart:${cartId}`, () => this.writeLocked(cartId, options, change));
  }

  /** The body of `write`, for callers already holding the cart's lock (the mutex is not reentrant). */
  private async writeLocked(
    cartId: string,
    options: WriteOptions,
    change: (cart: StoredCart) => Promise<void>,
  ): Promise<CartView> {
    const cart = assertOpen(await this.load(cartId));
    if (!versionMatches(options.ifMatch, cart.version)) {
      throw new HttpError(
        409,
        'version_conflict',
        `Cart is at version ${cart.version}; reload and retry`,
        { cart: this.view(cart, options.locale) },
        { etag: `"${cart.version}"` },
      );
    }
    await change(cart);
    return this.view(await this.load(cartId), options.locale);
  }

  /** The current cart when this key's add was applied already; a different body under the key is refused. */
  private async replayedAdd(
    cartId: string,
    { key, requestHash }: AddLineKey,
    locale: Locale,
  ): Promise<CartView | undefined> {
    // An unknown cart has no keys: the write that follows answers its 404.
    const recorded = await this.repository.findAddKey(cartId, key);
    if (recorded === undefined) return undefined;
    if (recorded !== requestHash) {
      throw new HttpError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was already used on this cart to add a different SKU or quantity; use a new key for a new add',
      );
    }
    return this.view(await this.load(cartId), locale);
  }

  private assertPurchasable(sku: string, quantity: number): void {
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
      throw new HttpError(
        422,
        'invalid_quantity',
        `quantity must be an integer from 1 to ${MAX_LINE_QUANTITY}`,
      );
    }
    const stock = this.ledger.item(sku);
    if (!stock) throw new HttpError(422, 'unknown_sku', `SKU "${sku}" does not exist`);
    if (quantity > stock.available) {
      throw new HttpError(
        422,
        'insufficient_stock',
        `Only ${stock.available} of ${sku} available`,
        { available: stock.available },
      );
    }
  }
}

/** An ordered cart is closed: its order is final, so neither lines nor draft may change. */
function assertOpen(cart: StoredCart): StoredCart {
  if (cart.status === 'ordered') {
    throw new DetailedError(410, 'cart_ordered', 'This cart has been ordered; start a new cart', {
      orderId: cart.orderId,
    });
  }
  return cart;
}

/** Accepts `"3"`, `W/"3"`, `3` and `*`. */
function versionMatches(ifMatch: string | undefined, version: number): boolean {
  if (ifMatch === undefined) return true;
  return ifMatch.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
    return value === '*' || value === String(version);
  });
}
