import type { CartRepository, CartStatus, StoredCart } from './cart-repository';
import { mergeDraft, type CheckoutDraft, type CheckoutDraftPatch } from './checkout-draft';
import { priceLines, type LineView } from './line-view';
import type { Catalog } from '../catalog/catalog';
import type { ImageUrls } from '../catalog/images';
import type { Locale } from '../catalog/locale';
import type { Currency, Money } from '../catalog/money';
import { DetailedError, HttpError, notFound } from '../http/errors';
import type { StockLedger } from '../inventory/stock-ledger';
import type { KeyedMutex } from '../shared/keyed-mutex';

export const MAX_LINE_QUANTITY = 99;

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
  ) {}

  async create(currency: Currency, locale: Locale): Promise<CartView> {
    return this.view(await this.repository.create(currency), locale);
  }

  async get(cartId: string, locale: Locale): Promise<CartView> {
    return this.view(await this.load(cartId), locale);
  }

  /** Adding a SKU already in the cart increases that line's quantity. */
  addLine(cartId: string, sku: string, quantity: number, options: WriteOptions): Promise<CartView> {
    return this.write(cartId, options, async (cart) => {
      const existing = cart.lines.find((line) => line.sku === sku)?.quantity ?? 0;
      this.assertPurchasable(sku, existing + quantity);
      await this.repository.upsertLine(cart.id, sku, existing + quantity);
    });
  }

  updateLine(cartId: string, lineId: string, quantity: number, options: WriteOptions): Promise<CartView> {
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
   * Runs an order placement holding the cart's write lock, so the lines cannot
   * change between pricing and closing the cart. `markOrdered` writes without
   * taking the lock again (it is held already: taking it twice would deadlock).
   */
  placingOrder<T>(cartId: string, work: (cart: StoredCart, markOrdered: (orderId: string) => Promise<void>) => Promise<T>): Promise<T> {
    return this.locks.run(`cart:${cartId}`, async () =>
      work(await this.load(cartId), (orderId) => this.repository.markOrdered(cartId, orderId)));
  }

  async load(cartId: string): Promise<StoredCart> {
    const cart = await this.repository.find(cartId);
    if (!cart) throw notFound(`Cart "${cartId}"`);
    return cart;
  }

  view(cart: StoredCart, locale: Locale): CartView {
    const priced = priceLines(cart.lines, cart.currency, locale, this.catalog, this.images);
    return {
      id: cart.id, version: cart.version, currency: cart.currency, ...priced, updatedAt: cart.updatedAt,
      checkout: cart.checkout, status: cart.status, ...(cart.orderId ? { orderId: cart.orderId } : {}),
    };
  }

  /** Serialized per cart so the version check and the write are atomic. */
  private write(cartId: string, options: WriteOptions, change: (cart: StoredCart) => Promise<void>): Promise<CartView> {
    return this.locks.run(`cart:${cartId}`, async () => {
      const cart = assertOpen(await this.load(cartId));
      if (!versionMatches(options.ifMatch, cart.version)) {
        throw new HttpError(409, 'version_conflict', `Cart is at version ${cart.version}; reload and retry`, { cart: this.view(cart, options.locale) }, { etag: `"${cart.version}"` });
      }
      await change(cart);
      return this.view(await this.load(cartId), options.locale);
    });
  }

  private assertPurchasable(sku: string, quantity: number): void {
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
      throw new HttpError(422, 'invalid_quantity', `quantity must be an integer from 1 to ${MAX_LINE_QUANTITY}`);
    }
    const stock = this.ledger.item(sku);
    if (!stock) throw new HttpError(422, 'unknown_sku', `SKU "${sku}" does not exist`);
    if (quantity > stock.available) {
      throw new HttpError(422, 'insufficient_stock', `Only ${stock.available} of ${sku} available`, { available: stock.available });
    }
  }
}

/** An ordered cart is closed: its order is final, so neither lines nor draft may change. */
function assertOpen(cart: StoredCart): StoredCart {
  if (cart.status === 'ordered') {
    throw new DetailedError(410, 'cart_ordered', 'This cart has been ordered; start a new cart', { orderId: cart.orderId });
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
