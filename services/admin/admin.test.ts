import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/test-backends';
import {
  startTestServices,
  TEST_ADMIN_TOKEN,
  TEST_WEBHOOK_SECRET,
  type TestServices,
} from '../testing/test-services';
import { startWebhookReceiver, type ReceivedWebhook } from '../testing/webhook-receiver';
import { verifyWebhookSignature } from '../webhooks/sign';

describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;
  let storefront: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let received: ReceivedWebhook[];
  const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

  beforeAll(async () => {
    storefront = await startWebhookReceiver();
    received = storefront.received;
    services = await startTestServices({
      ...(await backend.fresh()),
      storefrontWebhookUrl: storefront.url,
    });
  });
  afterAll(async () => {
    await services.close();
    await storefront.close();
  });

  describe('admin', () => {
    it('rejects missing or wrong bearer tokens with 401', async () => {
      const missing = await services.request('PATCH', '/admin/products/p000001', {
        body: { prices: { USD: 100 } },
      });
      expect(missing.status).toBe(401);
      const wrong = await services.request('PUT', '/admin/inventory/x', {
        body: { available: 1 },
        headers: { authorization: 'Bearer nope' },
      });
      expect(wrong.status).toBe(401);
    });

    it('changes prices, clears compare-at prices and sends a signed webhook', async () => {
      const { body, status } = await services.request('PATCH', '/admin/products/p000003', {
        body: { prices: { USD: 1234 }, name: { 'de-DE': 'Neuer Name' } },
        headers: admin,
      });
      expect(status).toBe(200);
      expect(body.product.price).toEqual({ amount: 1234, currency: 'USD' });
      expect(
        body.product.variants.every(
          (variant: { price: { amount: number } }) => variant.price.amount === 1234,
        ),
      ).toBe(true);
      expect(body.webhook).toMatchObject({ delivered: true, status: 204 });

      const german = await services.request('GET', '/catalog/products/p000003?locale=de-DE');
      expect(german.body.name).toBe('Neuer Name');
      expect(german.body.price.amount).toBe(1234);

      const webhook = received.find(
        (candidate) => candidate.headers['x-webhook-id'] === body.webhook.eventId,
      );
      expect(webhook).toBeDefined();
      const { headers, rawBody } = webhook as ReceivedWebhook;
      const timestamp = Number(headers['x-webhook-timestamp']);
      expect(
        verifyWebhookSignature(
          TEST_WEBHOOK_SECRET,
          timestamp,
          rawBody,
          String(headers['x-webhook-signature']),
        ),
      ).toBe(true);
      const event = JSON.parse(rawBody);
      expect(event.type).toBe('product.updated');
      expect(event.entities[0]).toEqual({ type: 'product', id: 'p000003' });
      expect(
        event.entities.filter((entity: { type: string }) => entity.type === 'category'),
      ).toHaveLength(2);
    });

    it('validates admin bodies and unknown ids', async () => {
      const bad = await services.request('PATCH', '/admin/products/p000003', {
        body: { prices: { USD: -1 } },
        headers: admin,
      });
      expect(bad.status).toBe(400);
      const badLocale = await services.request('PATCH', '/admin/products/p000003', {
        body: { name: { 'xx-XX': 'x' } },
        headers: admin,
      });
      expect(badLocale.status).toBe(400);
      expect(
        (await services.request('PATCH', '/admin/products/p999999', { body: {}, headers: admin }))
          .status,
      ).toBe(404);
      expect(
        (
          await services.request('PUT', '/admin/inventory/p000001-nope-M', {
            body: { available: 1 },
            headers: admin,
          })
        ).status,
      ).toBe(404);
    });

    it('keeps overrides, stock and carts across a restart', async () => {
      const { body: stock } = await services.request('GET', '/inventory/products/p000004');
      const sku = stock.items[0].sku;
      const put = await services.request('PUT', `/admin/inventory/${sku}`, {
        body: { available: 3 },
        headers: admin,
      });
      expect(put.body.item).toEqual({ sku, available: 3, status: 'low_stock' });
      expect(put.body.webhook.delivered).toBe(true);
      const { body: cart } = await services.request('POST', '/cart/carts', {
        body: { currency: 'USD' },
      });
      await services.request('POST', `/cart/carts/${cart.id}/lines`, {
        body: { sku, quantity: 2 },
      });

      await services.close();
      services = await startTestServices({
        dataDir: services.dataDir,
        databaseUrl: services.databaseUrl,
        storefrontWebhookUrl: 'http://127.0.0.1:9/unused',
      });

      expect((await services.request('GET', '/catalog/products/p000003')).body.price.amount).toBe(
        1234,
      );
      expect(
        (await services.request('GET', `/inventory/stock?skus=${sku}`)).body.items[0].available,
      ).toBe(3);
      const restored = await services.request('GET', `/cart/carts/${cart.id}`);
      expect(restored.body.lines[0]).toMatchObject({ sku, quantity: 2 });
      expect(restored.body.version).toBe(2);
    });

    it('reports an undeliverable webhook without failing the change', async () => {
      const { body } = await services.request('PATCH', '/admin/products/p000005', {
        body: { description: { 'en-US': 'Updated.' } },
        headers: admin,
      });
      expect(body.product.description).toBe('Updated.');
      expect(body.webhook).toMatchObject({ delivered: false, status: null });
      expect(body.webhook.error).toBeTruthy();
    });
  });
});
