import { describe, expect, it } from 'vitest';
import { OVERSIZED_BODY, type ContractClient } from '../contract-client';
import {
  berlin,
  card,
  cartWith,
  DECLINED_CARD,
  inStockSku,
  SLOW_CARD,
  SUCCESS_CARD,
  type Cart,
} from './fixtures';
import { TEST_ADMIN_TOKEN } from '../../testing/test-services';
import type { components } from '@/lib/services/checkout/schema';

type Order = components['schemas']['Order'];
type ErrorBody = components['schemas']['Error'];

const order = (key: string, body: unknown) => ({ body, headers: { 'idempotency-key': key } });

export function checkoutScenarios(client: () => ContractClient): void {
  describe('checkout', () => {
    it('answers shipping rates as documented, and 400 for an unknown currency', async () => {
      await client().send(200, 'GET', '/checkout/shipping-rates?currency=JPY');
      await client().send(400, 'GET', '/checkout/shipping-rates?currency=GBP');
    });

    it('places, replays, reads and looks up an unpaid order; then the cart is closed (410)', async () => {
      const api = client();
      const { sku } = await inStockSku(api, 'p000002');
      const cart = await cartWith(api, sku);
      const body = { cartId: cart.id, email: 'Erika@example.com', shippingAddress: berlin };
      const placed = await api.send<Order>(
        201,
        'POST',
        '/checkout/orders',
        order('unpaid-01', body),
      );
      const replay = await api.send(200, 'POST', '/checkout/orders', order('unpaid-01', body));
      expect(replay.headers.get('idempotency-replayed')).toBe('true');
      const changed = { ...body, shippingMethod: 'express' };
      await api.send(422, 'POST', '/checkout/orders', order('unpaid-01', changed));
      const again = await api.send<{ error: ErrorBody['error'] }>(
        409,
        'POST',
        '/checkout/orders',
        order('unpaid-02', body),
      );
      expect(again.body.error.orderId).toBe(placed.body.id);

      const { id } = placed.body;
      await api.send(200, 'GET', `/checkout/orders/${id}`);
      await api.send(404, 'GET', '/checkout/orders/ORD-NOPE00');
      const lookup = '/checkout/orders/lookup';
      await api.send(200, 'POST', lookup, { body: { orderId: id, email: ' erika@EXAMPLE.com ' } });
      await api.send(404, 'POST', lookup, { body: { orderId: id, email: 'else@example.com' } });
      await api.send(400, 'POST', lookup, { body: { orderId: id } });
      await api.send(413, 'POST', lookup, { body: OVERSIZED_BODY });

      const lines = `/cart/carts/${cart.id}/lines`;
      await api.send(410, 'POST', lines, { body: { sku, quantity: 1 } });
      await api.send(410, 'PATCH', `${lines}/${cart.lines[0]!.id}`, { body: { quantity: 2 } });
      await api.send(410, 'DELETE', `${lines}/${cart.lines[0]!.id}`);
      await api.send(410, 'PUT', `/cart/carts/${cart.id}/checkout`, { body: { email: null } });
    });

    it('refuses orders with 400 (fields, key), 404, 413 and 422 (empty, stock) as documented', async () => {
      const api = client();
      const { sku } = await inStockSku(api, 'p000003');
      const cart = await cartWith(api, sku, 2);
      const body = { cartId: cart.id, email: 'erika@example.com' };
      const badPostal = { ...body, shippingAddress: { ...berlin, postalCode: 'ABCDE' } };
      await api.send(400, 'POST', '/checkout/orders', order('refused-01', badPostal));
      const unknownState = { ...berlin, country: 'US', region: 'XX', postalCode: '94107' };
      const badRegion = { ...body, shippingAddress: unknownState };
      await api.send(400, 'POST', '/checkout/orders', order('refused-06', badRegion));
      await api.send(400, 'POST', '/checkout/orders', { body });
      await api.send(
        404,
        'POST',
        '/checkout/orders',
        order('refused-02', { ...body, cartId: 'x' }),
      );
      const oversized = { body: OVERSIZED_BODY, headers: { 'idempotency-key': 'refused-03' } };
      await api.send(413, 'POST', '/checkout/orders', oversized);
      const empty = await api.send<Cart>(201, 'POST', '/cart/carts', { body: { currency: 'USD' } });
      const emptyOrder = { ...body, cartId: empty.body.id };
      await api.send(422, 'POST', '/checkout/orders', order('refused-04', emptyOrder));
      // Stock drops below the cart's quantity after the add: the order is refused, not oversold.
      await api.send(200, 'PUT', `/admin/inventory/${sku}`, {
        body: { available: 1 },
        headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      });
      await api.send(422, 'POST', '/checkout/orders', order('refused-05', body));
    });

    it('places paid orders (token and card) and answers 402 / 422 for failed payments', async () => {
      const api = client();
      const { sku } = await inStockSku(api, 'p000005');
      const method = await api.send<{ id: string }>(201, 'POST', '/payment/methods', {
        body: { card: card('4242 4242 4242 4242') },
      });
      const paid = (cart: Cart, payment: unknown) => ({
        cartId: cart.id,
        email: 'erika@example.com',
        payment,
      });
      const byToken = paid(await cartWith(api, sku), { methodId: method.body.id });
      await api.send(201, 'POST', '/checkout/orders', order('paid-order-01', byToken));
      const byCard = paid(await cartWith(api, sku), { card: card(SUCCESS_CARD) });
      await api.send(201, 'POST', '/checkout/orders', order('paid-order-02', byCard));

      const cart = await cartWith(api, sku);
      const declined = paid(cart, { card: card(DECLINED_CARD) });
      await api.send(402, 'POST', '/checkout/orders', order('paid-order-03', declined));
      const replayed = await api.send(
        402,
        'POST',
        '/checkout/orders',
        order('paid-order-03', declined),
      );
      expect(replayed.headers.get('idempotency-replayed')).toBe('true');
      const slow = paid(cart, { card: card(SLOW_CARD) });
      await api.send(402, 'POST', '/checkout/orders', order('paid-order-04', slow));
      const unknownMethod = paid(cart, { methodId: 'pm_unknown' });
      await api.send(422, 'POST', '/checkout/orders', order('paid-order-05', unknownMethod));
      // The timed-out authorization is voided when the slow gateway answers (1.5 s after it was
      // asked, 0.5 s of which passed before the 402); let that finish.
      await new Promise((resolve) => setTimeout(resolve, 1_200));
    });
  });
}
