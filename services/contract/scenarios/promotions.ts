import { describe, expect, it } from 'vitest';
import { OVERSIZED_BODY, type ContractClient } from '../contract-client';
import { berlin, cartWith, inStockSku, type Cart } from './fixtures';
import { TEST_ADMIN_TOKEN } from '../../testing/test-services';
import type { components } from '@/lib/services/checkout/schema';

type Order = components['schemas']['Order'];
type ErrorBody = components['schemas']['Error'];

const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const order = (key: string, body: unknown) => ({ body, headers: { 'idempotency-key': key } });

export function promotionScenarios(client: () => ContractClient): void {
  describe('promotions', () => {
    it('creates, lists and disables codes as documented, and 400 / 401 / 404 / 409 / 413', async () => {
      const api = client();
      const body = { code: 'contract-10', kind: 'percent', percent: 10, usageLimit: 5 };
      const created = await api.send<{ code: string; used: number }>(
        201,
        'POST',
        '/admin/promo-codes',
        { body, headers: admin },
      );
      expect(created.body).toMatchObject({ code: 'CONTRACT-10', used: 0 });
      await api.send(409, 'POST', '/admin/promo-codes', { body, headers: admin });
      await api.send(401, 'POST', '/admin/promo-codes', { body });
      const noCurrency = { code: 'CONTRACT-FIX', kind: 'fixed', amount: 500 };
      await api.send(400, 'POST', '/admin/promo-codes', { body: noCurrency, headers: admin });
      await api.send(413, 'POST', '/admin/promo-codes', { body: OVERSIZED_BODY, headers: admin });
      await api.send(200, 'GET', '/admin/promo-codes', { headers: admin });
      await api.send(401, 'GET', '/admin/promo-codes');
      await api.send(200, 'POST', '/admin/promo-codes/contract-10/disable', { headers: admin });
      await api.send(401, 'POST', '/admin/promo-codes/CONTRACT-10/disable');
      await api.send(404, 'POST', '/admin/promo-codes/NOPE-NOPE/disable', { headers: admin });
    });

    it('applies and removes a cart code as documented, and every declared refusal', async () => {
      const api = client();
      const { sku } = await inStockSku(api, 'p000002');
      const cart = await cartWith(api, sku);
      const path = `/cart/carts/${cart.id}/promo-code`;
      const applied = await api.send<Cart>(200, 'PUT', path, { body: { code: 'welcome10' } });
      expect(applied.body.promotion).toMatchObject({ code: 'WELCOME10', applied: true });
      expect(applied.body.totals.discount?.amount).toBeGreaterThan(0);
      const refused = await api.send<{ error: { reason: string } }>(422, 'PUT', path, {
        body: { code: 'SUMMER20' },
      });
      expect(refused.body.error.reason).toBe('expired');
      await api.send(422, 'PUT', path, { body: { code: 'SAVE5' } }); // a USD code on a EUR cart
      await api.send(400, 'PUT', path, { body: { code: '' } });
      await api.send(413, 'PUT', path, { body: OVERSIZED_BODY });
      await api.send(404, 'PUT', '/cart/carts/no-such-cart/promo-code', { body: { code: 'X' } });
      await api.send(400, 'DELETE', `${path}?locale=xx-XX`);
      await api.send(404, 'DELETE', '/cart/carts/no-such-cart/promo-code');
      const removed = await api.send<Cart>(200, 'DELETE', path);
      expect(removed.body.promotion).toBeUndefined();
      expect(removed.body.totals.total).toEqual(removed.body.subtotal);
      // An ordered cart is closed to codes as to lines.
      await api.send(200, 'PUT', path, { body: { code: 'FREESHIP' } });
      await api.send(201, 'POST', '/checkout/orders', {
        ...order('promo-contract-01', { cartId: cart.id, email: 'p@example.com' }),
      });
      await api.send(410, 'PUT', path, { body: { code: 'WELCOME10' } });
      await api.send(410, 'DELETE', path);
    });

    it('refuses more than ten code attempts per cart in ten minutes with 429', async () => {
      const api = client();
      const { sku } = await inStockSku(api, 'p000002');
      const cart = await cartWith(api, sku);
      const path = `/cart/carts/${cart.id}/promo-code`;
      for (let attempt = 0; attempt < 10; attempt++)
        await api.send(422, 'PUT', path, { body: { code: `GUESS${attempt}` } });
      const limited = await api.send(429, 'PUT', path, { body: { code: 'WELCOME10' } });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('prices an order with its code and tax, and refuses a changed total or a disabled code', async () => {
      const api = client();
      const { sku } = await inStockSku(api, 'p000003');
      const cart = await cartWith(api, sku, 2);
      const code = { code: 'CONTRACT-EUR', kind: 'fixed', amount: 300, currency: 'EUR' };
      await api.send(201, 'POST', '/admin/promo-codes', { body: code, headers: admin });
      await api.send(200, 'PUT', `/cart/carts/${cart.id}/promo-code`, {
        body: { code: 'CONTRACT-EUR' },
      });
      const draft = await api.send<Cart>(200, 'PUT', `/cart/carts/${cart.id}/checkout`, {
        body: { shippingAddress: berlin, shippingMethod: 'standard' },
      });
      const { totals } = draft.body;
      const body = {
        cartId: cart.id,
        email: 'erika@example.com',
        shippingAddress: berlin,
        shippingMethod: 'standard',
      };
      const changed = await api.send<{ error: ErrorBody['error'] }>(
        409,
        'POST',
        '/checkout/orders',
        order('promo-contract-02', { ...body, expectedTotal: totals.total.amount + 1 }),
      );
      expect(changed.body.error.total).toEqual(totals.total);

      await api.send(200, 'POST', '/admin/promo-codes/CONTRACT-EUR/disable', { headers: admin });
      const disabled = await api.send<{ error: ErrorBody['error'] }>(
        422,
        'POST',
        '/checkout/orders',
        order('promo-contract-03', { ...body, expectedTotal: totals.total.amount }),
      );
      expect(disabled.body.error).toMatchObject({
        code: 'promo_code_rejected',
        reason: 'disabled',
      });

      await api.send(200, 'DELETE', `/cart/carts/${cart.id}/promo-code`);
      const withoutCode = await api.send<Cart>(200, 'GET', `/cart/carts/${cart.id}`);
      const placed = await api.send<Order>(
        201,
        'POST',
        '/checkout/orders',
        order('promo-contract-04', {
          ...body,
          expectedTotal: withoutCode.body.totals.total.amount,
        }),
      );
      expect(placed.body.total).toEqual(withoutCode.body.totals.total);
      expect(placed.body.tax).toMatchObject({ included: true, lines: [{ code: 'DE-VAT' }] });
    });
  });
}
