import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccessToken, OrderRepository, type Order } from './order-repository';
import { Catalog } from '../catalog/catalog';
import { openDatabase, type Database } from '../db/database';
import { InventoryReservations } from '../inventory/reservations';
import { StockLedger } from '../inventory/stock-ledger';
import { PaymentRepository } from '../payment/payment-repository';
import { KeyedMutex } from '../shared/keyed-mutex';
import { TEST_BACKENDS } from '../testing/test-backends';
import { startTestServices, type TestServices } from '../testing/test-services';

const CATALOG = { catalogSize: 200, catalogSeed: 42 };
describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;
  const skus: string[] = [];

  beforeAll(async () => {
    services = await startTestServices({ ...CATALOG, ...(await backend.fresh()) });
    for (let index = 1; skus.length < 3 && index < 200; index += 1) {
      const { body } = await services.request(
        'GET',
        `/inventory/products/p${String(index).padStart(6, '0')}`,
      );
      const item = body.items?.find((candidate: { available: number }) => candidate.available > 20);
      if (item) skus.push(item.sku);
    }
  });
  afterAll(() => services.close());

  const stockOf = async (sku: string): Promise<number> =>
    (await services.request('GET', `/inventory/stock?skus=${sku}`)).body.items[0].available;
  const card = { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' };

  async function filledCart(sku: string, quantity: number) {
    const { body: cart } = await services.request('POST', '/cart/carts', {
      body: { currency: 'USD' },
    });
    return (
      await services.request('POST', `/cart/carts/${cart.id}/lines`, { body: { sku, quantity } })
    ).body;
  }

  /** What the saga had written when the process died: reservation, hold, pending order (and, for one, the capture). */
  async function crashMidSaga(
    db: Database,
    cart: { id: string; lines: Order['lines']; subtotal: Order['subtotal'] },
    orderId: string,
    captured: boolean,
  ) {
    const catalog = Catalog.generate(CATALOG.catalogSeed, CATALOG.catalogSize);
    const ledger = await StockLedger.load(catalog, CATALOG.catalogSeed, db);
    await new InventoryReservations(db, ledger, new KeyedMutex()).reserve(
      cart.lines.map(({ sku, quantity }) => ({ sku, quantity })),
      orderId,
    );
    const authorizations = new PaymentRepository(db);
    const authorization = await authorizations.insert({
      id: `auth_${orderId}`,
      idempotencyKey: `checkout:${orderId}`,
      requestHash: 'h',
      amount: cart.subtotal,
      card: { brand: 'visa', last4: '4242' },
      status: 'authorized',
    });
    if (captured) await authorizations.transition(authorization.id, 'authorized', 'captured');
    const order: Order = {
      id: orderId,
      cartId: cart.id,
      email: 'a@example.com',
      locale: 'en-US',
      accessToken: newAccessToken(),
      lines: cart.lines,
      subtotal: cart.subtotal,
      shipping: { amount: 0, currency: 'USD' },
      total: cart.subtotal,
      currency: 'USD',
      payment: {
        authorizationId: authorization.id,
        brand: 'visa',
        last4: '4242',
        status: 'authorized',
      },
      status: 'pending',
      createdAt: new Date().toISOString(),
    };
    await new OrderRepository(db).insert(order, `key-${orderId}`, 'request-hash');
  }

  describe('start-up recovery of interrupted checkouts', () => {
    it('voids holds, removes pending orders, finishes captured ones and releases held stock', async () => {
      const [voidedSku = '', capturedSku = '', orphanSku = ''] = skus;
      const before = {
        voided: await stockOf(voidedSku),
        captured: await stockOf(capturedSku),
        orphan: await stockOf(orphanSku),
      };
      const interrupted = await filledCart(voidedSku, 2);
      const paid = await filledCart(capturedSku, 1);
      const foreignHold = await services.request('POST', '/payment/authorizations', {
        body: { amount: { amount: 100, currency: 'USD' }, card },
      });
      await services.close();

      const db = await openDatabase(services);
      await crashMidSaga(db, interrupted, 'ORD-CRASH1', false);
      await crashMidSaga(db, paid, 'ORD-CRASH2', true);
      const catalog = Catalog.generate(CATALOG.catalogSeed, CATALOG.catalogSize);
      await new InventoryReservations(
        db,
        await StockLedger.load(catalog, CATALOG.catalogSeed, db),
        new KeyedMutex(),
      ).reserve([{ sku: orphanSku, quantity: 3 }], 'ORD-CRASH3');
      await new PaymentRepository(db).insert({
        id: 'auth_orphan',
        idempotencyKey: 'checkout:ORD-CRASH3',
        requestHash: 'h',
        amount: { amount: 100, currency: 'USD' },
        card: { brand: 'visa', last4: '4242' },
        status: 'authorized',
      });
      await db.close();

      services = await startTestServices({
        ...CATALOG,
        dataDir: services.dataDir,
        databaseUrl: services.databaseUrl,
      });

      expect(await stockOf(voidedSku)).toBe(before.voided);
      expect(await stockOf(orphanSku)).toBe(before.orphan);
      expect(await stockOf(capturedSku)).toBe(before.captured - 1);
      const authorization = async (id: string) =>
        (await services.request('GET', `/payment/authorizations/${id}`)).body.status;
      expect(await authorization('auth_ORD-CRASH1')).toBe('voided');
      expect(await authorization('auth_orphan')).toBe('voided');
      expect(await authorization('auth_ORD-CRASH2')).toBe('captured');
      expect(await authorization(foreignHold.body.id)).toBe('authorized');

      expect((await services.request('GET', '/checkout/orders/ORD-CRASH1')).status).toBe(404);
      const reopened = (await services.request('GET', `/cart/carts/${interrupted.id}`)).body;
      expect(reopened).toMatchObject({
        status: 'open',
        version: interrupted.version,
        lines: [{ sku: voidedSku, quantity: 2 }],
      });
      const finished = await services.request('GET', '/checkout/orders/ORD-CRASH2');
      expect(finished.body).toMatchObject({ status: 'confirmed', payment: { status: 'captured' } });
      expect((await services.request('GET', `/cart/carts/${paid.id}`)).body).toMatchObject({
        status: 'ordered',
        orderId: 'ORD-CRASH2',
      });

      // The removed order's key is free again: a retry runs the checkout instead of replaying a ghost.
      const retried = await services.request('POST', '/checkout/orders', {
        body: { cartId: interrupted.id, email: 'a@example.com', payment: { card } },
        headers: { 'idempotency-key': 'key-ORD-CRASH1' },
      });
      expect(retried.status).toBe(201);
      expect(await stockOf(voidedSku)).toBe(before.voided - 2);
    });
  });
});
