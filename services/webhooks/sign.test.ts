import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './sign';

describe('webhook signing', () => {
  const secret = 'a-very-secret-secret';
  const body = '{"id":"evt_1"}';

  it('signs "<timestamp>.<body>" with HMAC-SHA256 as v1=<hex>', () => {
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(signWebhook(secret, 1700000000, body)).toBe(`v1=${expected}`);
  });

  it('verifies only an exact match', () => {
    const signature = signWebhook(secret, 1700000000, body);
    expect(verifyWebhookSignature(secret, 1700000000, body, signature)).toBe(true);
    expect(verifyWebhookSignature(secret, 1700000001, body, signature)).toBe(false);
    expect(verifyWebhookSignature('another-secret-value', 1700000000, body, signature)).toBe(false);
    expect(verifyWebhookSignature(secret, 1700000000, body, 'v1=short')).toBe(false);
  });
});
