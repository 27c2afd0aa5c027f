import { createHmac } from 'node:crypto';
import { sameSecret } from '../shared/same-secret';

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
  return sameSecret(signature, signWebhook(secret, timestamp, rawBody));
}
