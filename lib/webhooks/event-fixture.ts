import { createHmac } from 'node:crypto';

/**
 * A `product.updated` webhook for `productId`, signed with `secret` the way the commerce
 * backend signs it, as the request the storefront receives: for tests.
 */
export function signedProductEvent(secret: string, productId: string, id = 'evt_unit_1'): Request {
  const body = JSON.stringify({
    id,
    type: 'product.updated',
    occurredAt: new Date().toISOString(),
    entities: [{ type: 'product', id: productId }],
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return new Request('http://shop.test/api/revalidate', {
    method: 'POST',
    body,
    headers: { 'x-webhook-timestamp': timestamp, 'x-webhook-signature': `v1=${signature}` },
  });
}
