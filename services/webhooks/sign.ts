import { createHmac, timingSafeEqual } from 'node:crypto';

/** `v1=<hex HMAC-SHA256(secret, "<timestamp>.<rawBody>")>` — the x-webhook-signature value. */
export function signWebhook(secret: string, timestamp: number, rawBody: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

/** Constant-time check of a received signature against the expected one. */
export function verifyWebhookSignature(
  secret: string,
  timestamp: number,
  rawBody: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, rawBody));
  const received = Buffer.from(signature);
  return expected.length === received.length && timingSafeEqual(expected, received);
}
