import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CartRepository } from './cart-repository';
import { openDatabase } from '../db/database';
import { TEST_BACKENDS } from '../testing/test-backends';
import { startTestServices, type TestServices } from '../testing/test-services';

describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;
  let sku: string;
  let otherSku: string;

  beforeAll(async () => {
    services = await startTestServices(await backend.fresh());
    const { body } = await services.request('GET', '/inventory/products/p000002');
    const inStock = body.items.filter(
      (candidate: { available: number }) => candidate.available > 10,
    );
    if (inStock.length < 2) throw new Error('p000002 needs two SKUs in stock to test with');
    [sku, otherSku] = inStock.map((item: { sku: string }) => item.sku);
  });
  afterAll(() => services.close());

  async function newCart(): Promise<string> {
    const { body } = await services.request('POST', '/cart/carts', { body: { currency: 'USD' } });
    return body.id;
  }

  function add(
    cartId: string,
    key: string | undefined,
    line = { sku, quantity: 2 },
    extra: Record<string, string> = {},
  ) {
    const headers = { ...(key === undefined ? {} : { 'idempotency-key': key }), ...extra };
    return services.request('POST', `/cart/carts/${cartId}/lines`, { body: line, headers });
  }

  describe('add to cart with an Idempotency-Key', () => {
    it('adds once; a replay answers the current cart with Idempotency-Replayed', async () => {
      const cartId = await newCart();
      const first = await add(
        cartId,
        'replay-key-0001',
        { sku, quantity: 2 },
        { 'if-match': '"1"' },
      );
      expect(first.status).toBe(200);
      expect(first.headers.get('idempotency-replayed')).toBeNull();
      expect(first.body).toMatchObject({ version: 2, itemCount: 2 });

      // The replay carries the If-Match its first attempt saw: stale now, yet not a 409.
      const replay = await add(
        cartId,
        'replay-key-0001',
        { sku, quantity: 2 },
        { 'if-match': '"1"' },
      );
      expect(replay.status).toBe(200);
      expect(replay.headers.get('idempotency-replayed')).toBe('true');
      expect(replay.headers.get('etag')).toBe('"2"');
      expect(replay.body).toMatchObject({ version: 2, itemCount: 2 });

      // The replay answers the cart as it is now, including later changes.
      await add(cartId, 'another-key-0001', { sku: otherSku, quantity: 1 });
      const later = await add(cartId, 'replay-key-0001');
      expect(later.headers.get('idempotency-replayed')).toBe('true');
      expect(later.body).toMatchObject({ version: 3, itemCount: 3 });
    });

    it('adds once for concurrent calls with one key', async () => {
      const cartId = await newCart();
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => add(cartId, 'concurrent-add-0001')),
      );
      expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
      expect(
        responses.filter((response) => response.headers.get('idempotency-replayed') === null),
      ).toHaveLength(1);
      const { body } = await services.request('GET', `/cart/carts/${cartId}`);
      expect(body).toMatchObject({ version: 2, itemCount: 2 });
    });

    it('refuses the key with another SKU or quantity (422) and leaves the cart alone', async () => {
      const cartId = await newCart();
      await add(cartId, 'reused-add-0001', { sku, quantity: 2 });
      for (const line of [
        { sku, quantity: 3 },
        { sku: otherSku, quantity: 2 },
      ]) {
        const reused = await add(cartId, 'reused-add-0001', line);
        expect(reused.status, JSON.stringify(line)).toBe(422);
        expect(reused.body.error.code).toBe('idempotency_key_reused');
        expect(reused.body.error.message).toMatch(/different SKU or quantity/);
      }
      const { body } = await services.request('GET', `/cart/carts/${cartId}`);
      expect(body).toMatchObject({ version: 2, itemCount: 2 });
    });

    it.each(['short', 'k'.repeat(129), ''])(
      'answers 400 invalid_idempotency_key for %j and adds nothing',
      async (key) => {
        const cartId = await newCart();
        const response = await add(cartId, key);
        expect(response.status).toBe(400);
        expect(response.body.error.code).toBe('invalid_idempotency_key');
        expect(response.body.error.message).toMatch(/8 to 128 characters \(got \d+\)/);
        expect((await services.request('GET', `/cart/carts/${cartId}`)).body.itemCount).toBe(0);
      },
    );

    it('keeps keys per cart: the same key on another cart is a new add', async () => {
      const [one, two] = [await newCart(), await newCart()];
      expect((await add(one, 'shared-key-0001')).headers.get('idempotency-replayed')).toBeNull();
      const other = await add(two, 'shared-key-0001', { sku: otherSku, quantity: 1 });
      expect(other.status).toBe(200);
      expect(other.headers.get('idempotency-replayed')).toBeNull();
      expect(other.body.itemCount).toBe(1);
      expect((await services.request('GET', `/cart/carts/${one}`)).body.itemCount).toBe(2);
    });

    it('records nothing for a refused add, so the key can be used once the cause is gone', async () => {
      const cartId = await newCart();
      const stale = await add(
        cartId,
        'after-conflict-0001',
        { sku, quantity: 1 },
        { 'if-match': '"7"' },
      );
      expect(stale.status).toBe(409);
      const retried = await add(
        cartId,
        'after-conflict-0001',
        { sku, quantity: 1 },
        { 'if-match': '"1"' },
      );
      expect(retried.status).toBe(200);
      expect(retried.headers.get('idempotency-replayed')).toBeNull();
      expect(retried.body.itemCount).toBe(1);
    });

    it('replays on a cart ordered since: the add happened, so it is not refused', async () => {
      const cartId = await newCart();
      await add(cartId, 'before-order-0001');
      await services.request('POST', '/checkout/orders', {
        body: { cartId, email: 'a@example.com' },
        headers: { 'idempotency-key': `order-${cartId}` },
      });
      const replay = await add(cartId, 'before-order-0001');
      expect(replay.status).toBe(200);
      expect(replay.headers.get('idempotency-replayed')).toBe('true');
      expect(replay.body).toMatchObject({ status: 'ordered', itemCount: 2 });
      expect((await add(cartId, 'after-order-0001')).status).toBe(410);
    });

    it('answers 404 for an unknown cart with a key', async () => {
      expect((await add('no-such-cart', 'unknown-cart-0001')).status).toBe(404);
    });

    it('adds every time without a key, as before', async () => {
      const cartId = await newCart();
      await add(cartId, undefined);
      expect((await add(cartId, undefined)).body.itemCount).toBe(4);
    });
  });

  describe('stored add keys', () => {
    it('forgets a key after 24 hours and prunes it on the next keyed add', async () => {
      const database = await backend.fresh();
      const db = await openDatabase(database);
      try {
        const carts = new CartRepository(db);
        const cart = await carts.create('USD');
        await carts.upsertLine(cart.id, 'sku-a', 1, { key: 'old-key-0001', requestHash: 'hash-a' });
        expect(await carts.findAddKey(cart.id, 'old-key-0001')).toBe('hash-a');

        await db.query(`UPDATE cart_add_keys SET created_at = now() - interval '25 hours'`);
        expect(await carts.findAddKey(cart.id, 'old-key-0001')).toBeUndefined();
        await carts.upsertLine(cart.id, 'sku-b', 1, { key: 'new-key-0001', requestHash: 'hash-b' });
        const left = await db.query<{ key: string }>('SELECT key FROM cart_add_keys');
        expect(left.rows.map((row) => row.key)).toEqual(['new-key-0001']);

        // An expired key used again is recorded afresh rather than clashing with its old row.
        await db.query(`UPDATE cart_add_keys SET created_at = now() - interval '25 hours'`);
        await carts.upsertLine(cart.id, 'sku-b', 2, { key: 'new-key-0001', requestHash: 'hash-c' });
        expect(await carts.findAddKey(cart.id, 'new-key-0001')).toBe('hash-c');
      } finally {
        await db.close();
        await rm(database.dataDir, { recursive: true, force: true });
      }
    });
  });
});
