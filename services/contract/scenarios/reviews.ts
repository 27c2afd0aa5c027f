import { describe, expect, it } from 'vitest';
import { OVERSIZED_BODY, type ContractClient } from '../contract-client';
import { berlin, cartWith, inStockSku } from './fixtures';
import { TEST_ADMIN_TOKEN } from '../../testing/test-services';
import type { components as checkout } from '@/lib/services/checkout/schema';
import type { components } from '@/lib/services/reviews/schema';

type Schemas = components['schemas'];
const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const voter = 'contract-voter-0123456789';

export function reviewScenarios(client: () => ContractClient): void {
  describe('reviews', () => {
    it('answers a product page of reviews as documented, and 400 / 404', async () => {
      const api = client();
      const page = await api.send<Schemas['ReviewPage']>(
        200,
        'GET',
        '/reviews/products/p000002?sort=newest&page=1&pageSize=5',
      );
      expect(page.body.summary.histogram).toHaveLength(5);
      await api.send(400, 'GET', '/reviews/products/p000002?sort=best');
      await api.send(404, 'GET', '/reviews/products/p999999');
    });

    it('takes a buyer review, moderates it and counts helpful votes as documented', async () => {
      const api = client();
      const { sku } = await inStockSku(api, 'p000003');
      const cart = await cartWith(api, sku);
      const placed = await api.send<checkout['schemas']['Order']>(201, 'POST', '/checkout/orders', {
        body: { cartId: cart.id, email: 'reviewer@example.com', shippingAddress: berlin },
        headers: { 'idempotency-key': `reviews-${cart.id}` },
      });
      const submission = {
        orderId: placed.body.id,
        accessToken: placed.body.accessToken,
        productId: 'p000003',
        rating: 4,
        title: 'Passt gut',
        body: 'Fällt normal aus, der Stoff ist angenehm.',
        authorName: 'Erika M.',
        locale: 'de-DE',
      };
      const created = await api.send<Schemas['SubmittedReview']>(201, 'POST', '/reviews', {
        body: submission,
      });
      expect(created.body.status).toBe('pending');
      await api.send(409, 'POST', '/reviews', { body: submission });
      const wrongToken = { ...submission, accessToken: 'x'.repeat(43) };
      await api.send(404, 'POST', '/reviews', { body: wrongToken });
      await api.send(400, 'POST', '/reviews', { body: { ...submission, rating: 6 } });
      await api.send(413, 'POST', '/reviews', { body: OVERSIZED_BODY });

      await api.send(401, 'GET', '/admin/reviews');
      await api.send(400, 'GET', '/admin/reviews?status=spam', { headers: admin });
      const queue = await api.send<{ items: Schemas['ModeratedReview'][] }>(
        200,
        'GET',
        '/admin/reviews?status=pending',
        { headers: admin },
      );
      expect(queue.body.items.map((item) => item.id)).toContain(created.body.id);

      const decide = `/admin/reviews/${created.body.id}/decision`;
      await api.send(401, 'POST', decide, { body: { decision: 'approve' } });
      await api.send(400, 'POST', decide, { body: { decision: 'maybe' }, headers: admin });
      await api.send(404, 'POST', '/admin/reviews/rv-nope/decision', {
        body: { decision: 'approve' },
        headers: admin,
      });
      await api.send(413, 'POST', decide, { body: OVERSIZED_BODY, headers: admin });
      await api.send(200, 'POST', decide, { body: { decision: 'approve' }, headers: admin });

      const helpful = `/reviews/${created.body.id}/helpful`;
      const voted = await api.send<{ helpfulCount: number }>(200, 'POST', helpful, {
        body: { voter },
      });
      expect(voted.body.helpfulCount).toBe(1);
      await api.send(400, 'POST', helpful, { body: { voter: 'short' } });
      await api.send(404, 'POST', '/reviews/rv-nope/helpful', { body: { voter } });
      await api.send(413, 'POST', helpful, { body: OVERSIZED_BODY });
    });
  });
}
