import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OVERSIZED_BODY, type ContractClient } from '../contract-client';
import { TEST_ADMIN_TOKEN } from '../../testing/test-services';
import type { components } from '@/lib/services/events/schema';

const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

export function eventScenarios(client: () => ContractClient): void {
  describe('events', () => {
    it('records exposures and conversions (204, no body), and 400 with fields / 413', async () => {
      const api = client();
      const visitorId = randomUUID();
      const exposure = { visitorId, experiment: 'contract-test', variant: 'treatment' };
      await api.send(204, 'POST', '/events/exposures', { body: exposure });
      await api.send(400, 'POST', '/events/exposures', { body: { ...exposure, visitorId: 'x' } });
      await api.send(413, 'POST', '/events/exposures', { body: OVERSIZED_BODY });
      const purchase = {
        visitorId,
        kind: 'purchase',
        orderId: 'ORD-CONTRA',
        revenueUsdCents: 4200,
      };
      await api.send(204, 'POST', '/events/conversions', { body: purchase });
      await api.send(204, 'POST', '/events/conversions', {
        body: { visitorId, kind: 'add_to_cart' },
      });
      const forbidden = { visitorId, kind: 'add_to_cart', revenueUsdCents: 1 };
      await api.send(400, 'POST', '/events/conversions', { body: forbidden });
      await api.send(413, 'POST', '/events/conversions', { body: OVERSIZED_BODY });
    });

    it('answers experiment results (known and unknown) as documented, and 400 for a bad metric', async () => {
      const api = client();
      const results = await api.send<components['schemas']['ExperimentResults']>(
        200,
        'GET',
        '/events/experiments/contract-test/results?metric=purchase',
      );
      expect(results.body.variants).toHaveLength(1);
      await api.send(200, 'GET', '/events/experiments/nobody-saw-this/results?metric=add_to_cart');
      await api.send(400, 'GET', '/events/experiments/contract-test/results?metric=refund');
    });
  });
}

export function adminScenarios(client: () => ContractClient): void {
  describe('admin', () => {
    it('patches products as documented, and 400 / 401 / 404 / 413', async () => {
      const api = client();
      const path = '/admin/products/p000010';
      const patch = { name: { 'en-US': 'Contract Linen Shirt' }, prices: { USD: 4_900 } };
      await api.send(200, 'PATCH', path, { body: patch, headers: admin });
      await api.send(400, 'PATCH', path, { body: { colour: 'red' }, headers: admin });
      await api.send(401, 'PATCH', path, { body: patch });
      await api.send(404, 'PATCH', '/admin/products/p999999', { body: patch, headers: admin });
      await api.send(413, 'PATCH', path, { body: OVERSIZED_BODY, headers: admin });
    });

    it('sets stock as documented, and 400 / 401 / 404 / 413', async () => {
      const api = client();
      const stock = await api.send<{ items: Array<{ sku: string }> }>(
        200,
        'GET',
        '/inventory/products/p000010',
      );
      const path = `/admin/inventory/${stock.body.items[0]!.sku}`;
      await api.send(200, 'PUT', path, { body: { available: 3 }, headers: admin });
      await api.send(400, 'PUT', path, { body: { available: -1 }, headers: admin });
      await api.send(401, 'PUT', path, { body: { available: 3 }, headers: { authorization: 'x' } });
      const unknown = '/admin/inventory/p000010-nope-M';
      await api.send(404, 'PUT', unknown, { body: { available: 3 }, headers: admin });
      await api.send(413, 'PUT', path, { body: OVERSIZED_BODY, headers: admin });
    });
  });
}
