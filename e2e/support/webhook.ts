import { createHmac } from 'node:crypto';
import { stack } from './stack';

/** Signs a body the way the commerce backend does, with the e2e stack's shared secret. */
export function signedHeaders(
  body: string,
  secret: string = stack.webhookSecret,
  timestamp = Math.floor(Date.now() / 1000),
) {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return {
    'content-type': 'application/json',
    'x-webhook-timestamp': String(timestamp),
    'x-webhook-signature': `v1=${signature}`,
  };
}

export function productEvent(productId: string, extra: { type: string; id: string }[] = []) {
  return JSON.stringify({
    id: `evt_test_${Date.now()}`,
    type: 'product.updated',
    occurredAt: new Date().toISOString(),
    entities: [{ type: 'product', id: productId }, ...extra],
  });
}
