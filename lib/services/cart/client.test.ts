import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  startTestServices,
  TEST_WEBHOOK_SECRET,
  type TestServices,
} from '@/services/testing/test-services';
import { isNotFound } from '../transport/result';

type CartModule = typeof import('./client');

let services: TestServices;
let cart: CartModule['cart'];
let isCartConflict: CartModule['isCartConflict'];
let sku: string;

beforeAll(async () => {
  services = await startTestServices({ catalogSize: 200 });
  // lib/env/server.ts reads the environment once, so it must be set before the client loads.
  process.env.SERVICES_URL = services.url;
  process.env.WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
  ({ cart, isCartConflict } = await import('./client'));
  const { inventory } = await import('../inventory/client');
  const stock = await inventory.getProductStock('p000002');
  const item = stock.ok
    ? stock.value.items.find((candidate) => candidate.available > 10)
    : undefined;
  if (!item) throw new Error('no SKU of p000002 has stock to test with');
  sku = item.sku;
});
afterAll(async () => {
  await services.close();
  rmSync(services.dataDir, { recursive: true, force: true });
});

async function newCart() {
  const created = await cart.createCart('EUR');
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

describe('cart client', () => {
  it('creates, adds, updates and removes a line, one version at a time', async () => {
    const empty = await newCart();
    expect(empty).toMatchObject({ version: 1, currency: 'EUR', lines: [] });

    const added = await cart.addLine(empty.id, { sku, quantity: 2 }, empty.version);
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value.version).toBe(2);
    const [line] = added.value.lines;
    expect(line).toMatchObject({ sku, quantity: 2 });
    if (!line) return;

    const updated = await cart.updateLine(empty.id, line.id, 5, added.value.version);
    expect(updated.ok && updated.value).toMatchObject({ version: 3, itemCount: 5 });

    const removed = await cart.removeLine(empty.id, line.id, 3);
    expect(removed.ok && removed.value).toMatchObject({ version: 4, lines: [] });

    const reloaded = await cart.getCart(empty.id);
    expect(reloaded.ok && reloaded.value.version).toBe(4);
  });

  it('refuses a stale version with the current cart, so the edit can be re-applied to it', async () => {
    const empty = await newCart();
    await cart.addLine(empty.id, { sku, quantity: 1 }, empty.version);

    const stale = await cart.addLine(empty.id, { sku, quantity: 1 }, empty.version);
    expect(isCartConflict(stale)).toBe(true);
    if (!isCartConflict(stale)) return;
    expect(stale.error).toMatchObject({
      kind: 'http',
      status: 409,
      code: 'version_conflict',
      retryable: false,
    });
    expect(stale.current).toMatchObject({ id: empty.id, version: 2, itemCount: 1 });

    const reapplied = await cart.addLine(empty.id, { sku, quantity: 1 }, stale.current.version);
    expect(reapplied.ok && reapplied.value).toMatchObject({ version: 3, itemCount: 2 });
  });

  it('sends an idempotency key, so a replayed add adds nothing and says so', async () => {
    const empty = await newCart();
    const first = await cart.addLine(
      empty.id,
      { sku, quantity: 2 },
      empty.version,
      'client-key-0001',
    );
    expect(first.ok && first.replayed).toBe(false);
    const replay = await cart.addLine(
      empty.id,
      { sku, quantity: 2 },
      empty.version,
      'client-key-0001',
    );
    expect(replay.ok && replay).toMatchObject({
      replayed: true,
      value: { version: 2, itemCount: 2 },
    });
    const reused = await cart.addLine(empty.id, { sku, quantity: 1 }, 2, 'client-key-0001');
    expect(reused.ok === false && reused.error).toMatchObject({
      status: 422,
      code: 'idempotency_key_reused',
    });
  });

  it('reports an unknown SKU as HTTP 422 unknown_sku, not as a conflict', async () => {
    const empty = await newCart();
    const result = await cart.addLine(
      empty.id,
      { sku: 'p000002-nope-M', quantity: 1 },
      empty.version,
    );
    expect(isCartConflict(result)).toBe(false);
    expect(result.ok === false && result.error).toMatchObject({
      kind: 'http',
      status: 422,
      code: 'unknown_sku',
    });
  });

  it('saves the checkout draft without a new version, and clears a field with null', async () => {
    const empty = await newCart();
    expect(empty).toMatchObject({ status: 'open', checkout: {} });
    const address = {
      name: 'Erika Mustermann',
      line1: 'Unter den Linden 1',
      city: 'Berlin',
      postalCode: '10117',
      country: 'DE' as const,
    };
    const saved = await cart.saveCheckout(
      empty.id,
      { email: 'erika@example.com', shippingAddress: address, shippingMethod: 'express' },
      'de-DE',
    );
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value).toMatchObject({
      version: empty.version,
      checkout: { email: 'erika@example.com', shippingAddress: address, shippingMethod: 'express' },
    });

    const cleared = await cart.saveCheckout(empty.id, {
      shippingMethod: null,
      paymentMethod: { id: 'pm_test1', brand: 'visa', last4: '4242' },
    });
    expect(cleared.ok && cleared.value.checkout).toEqual({
      email: 'erika@example.com',
      shippingAddress: address,
      paymentMethod: { id: 'pm_test1', brand: 'visa', last4: '4242' },
    });
  });

  it('reports a bad draft entry with its field code', async () => {
    const empty = await newCart();
    const result = await cart.saveCheckout(empty.id, {
      shippingAddress: { name: 'A', line1: 'B', city: 'C', postalCode: '1234', country: 'US' },
    });
    expect(result.ok === false && result.error).toMatchObject({
      kind: 'http',
      status: 400,
      code: 'invalid_request',
      fields: { 'shippingAddress.postalCode': 'invalid_postal_code' },
    });
  });

  it('reports writes to an ordered cart as 410 cart_ordered', async () => {
    const empty = await newCart();
    const added = await cart.addLine(empty.id, { sku, quantity: 1 }, empty.version);
    if (!added.ok) throw new Error(added.error.message);
    await services.request('POST', '/checkout/orders', {
      body: { cartId: empty.id, email: 'a@example.com' },
      headers: { 'idempotency-key': `order-${empty.id}` },
    });

    const ordered = await cart.getCart(empty.id);
    expect(ordered.ok && ordered.value).toMatchObject({
      status: 'ordered',
      orderId: expect.stringMatching(/^ORD-/),
    });
    const write = await cart.addLine(empty.id, { sku, quantity: 1 }, added.value.version);
    expect(write.ok === false && write.error).toMatchObject({ status: 410, code: 'cart_ordered' });
    const draft = await cart.saveCheckout(empty.id, { email: 'b@example.com' });
    expect(draft.ok === false && draft.error).toMatchObject({ status: 410, code: 'cart_ordered' });
  });

  it('reports an unknown cart as not found', async () => {
    const result = await cart.getCart('no-such-cart');
    expect(result.ok === false && isNotFound(result.error)).toBe(true);
  });

  it('reports a refused connection as a network error', async () => {
    vi.resetModules();
    process.env.SERVICES_URL = 'http://127.0.0.1:1';
    const offline = (await import('./client')).cart;
    const result = await offline.createCart('USD');
    expect(result.ok === false && result.error).toMatchObject({ kind: 'network', retryable: true });
  });
});
