import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckoutService } from './checkout-service';
import { OrderRepository } from './order-repository';
import { CartRepository } from '../cart/cart-repository';
import { PromoRepository } from '../promotions/promo-repository';
import { CartService } from '../cart/cart-service';
import { Catalog } from '../catalog/catalog';
import { createImageUrls } from '../catalog/images';
import { openDatabase, type Database } from '../db/database';
import { InventoryReservations } from '../inventory/reservations';
import { StockLedger } from '../inventory/stock-ledger';
import { PaymentMethodVault } from '../payment/payment-methods';
import { PaymentRepository } from '../payment/payment-repository';
import { ReferencePaymentGateway, type PaymentGateway } from '../payment/payment-service';
import { KeyedMutex } from '../shared/keyed-mutex';
import { TEST_BACKENDS } from '../testing/test-backends';
import { MailOutbox } from '../mail/mail-outbox';

describe.each(TEST_BACKENDS)('saga compensation on $name', (backend) => {
  let db: Database;
  let carts: CartService;
  let ledger: StockLedger;
  let orders: OrderRepository;
  let reference: ReferencePaymentGateway;
  let locks: KeyedMutex;
  let sku: string;

  beforeAll(async () => {
    db = await openDatabase(await backend.fresh());
    const catalog = Catalog.generate(42, 100);
    ledger = await StockLedger.load(catalog, 42, db);
    locks = new KeyedMutex();
    carts = new CartService(
      new CartRepository(db),
      catalog,
      ledger,
      createImageUrls('http://127.0.0.1:9'),
      locks,
      new PromoRepository(db),
    );
    orders = new OrderRepository(db);
    reference = new ReferencePaymentGateway(new PaymentRepository(db), locks, 0);
    const found = catalog.products
      .flatMap((product) => catalog.variants(product))
      .find((variant) => (ledger.item(variant.sku)?.available ?? 0) > 10);
    if (!found) throw new Error('no in-stock SKU');
    sku = found.sku;
  });
  afterAll(() => db.close());

  it('undoes order, authorization and reservation in reverse when capture fails', async () => {
    const undone: string[] = [];
    const failingCapture: PaymentGateway = {
      authorize: (request) => reference.authorize(request),
      void: async (id) => {
        undone.push('void');
        return reference.void(id);
      },
      capture: () => Promise.reject(new Error('gateway exploded while capturing')),
    };
    const checkout = new CheckoutService({
      orders,
      carts,
      ledger,
      locks,
      payments: failingCapture,
      methods: new PaymentMethodVault(60_000),
      paymentTimeoutMs: 1_000,
      reservations: new InventoryReservations(db, ledger, locks),
      outbox: new MailOutbox(db),
      promoCodes: new PromoRepository(db),
    });
    const cart = await carts.create('USD', 'en-US');
    await carts.addLine(cart.id, sku, 2, { ifMatch: undefined, locale: 'en-US' });
    const before = ledger.item(sku)?.available;
    const cartBefore = await carts.get(cart.id, 'en-US');

    const request = {
      cartId: cart.id,
      email: 'a@example.com',
      locale: 'en-US' as const,
      payment: { card: { number: '4242424242424242', expMonth: 1, expYear: 2040, cvc: '123' } },
    };
    await expect(checkout.placeOrder('capture-fails-0001', request)).rejects.toThrow(
      'gateway exploded',
    );

    expect(undone).toEqual(['void']);
    expect(ledger.item(sku)?.available).toBe(before);
    expect(await carts.get(cart.id, 'en-US')).toEqual(cartBefore);
    expect(await orders.findByKey('capture-fails-0001')).toBeUndefined();
    const { rows } = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM orders WHERE cart_id = $1',
      [cart.id],
    );
    expect(rows[0]?.count).toBe(0);
    expect((await reference.stats()).byStatus).toMatchObject({
      authorized: 0,
      captured: 0,
      voided: 1,
    });

    // Unexpected failures are not stored: the same key may try again and succeed.
    const healthy = new CheckoutService({
      orders,
      carts,
      ledger,
      locks,
      payments: reference,
      methods: new PaymentMethodVault(60_000),
      paymentTimeoutMs: 1_000,
      reservations: new InventoryReservations(db, ledger, locks),
      outbox: new MailOutbox(db),
      promoCodes: new PromoRepository(db),
    });
    const { order, replayed } = await healthy.placeOrder('capture-fails-0001', request);
    expect(replayed).toBe(false);
    expect(order).toMatchObject({
      status: 'confirmed',
      payment: { status: 'captured', last4: '4242' },
    });
    expect(ledger.item(sku)?.available).toBe((before ?? 0) - 2);
  });
});
