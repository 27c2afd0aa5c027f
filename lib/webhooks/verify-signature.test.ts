import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signPayload, verifySignature } from './verify-signature';

const secret = 'test-secret-0123456789';
const body = '{"id":"evt_1","type":"product.updated","entities":[]}';
const now = 1_800_000_000;
const timestamp = String(now);

describe('verifySignature', () => {
  it('accepts what the backend signs (independent HMAC implementation)', async () => {
    const signature = `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
    expect(await signPayload(secret, timestamp, body)).toBe(signature);
    expect(await verifySignature({ secret, body, timestamp, signature, nowSeconds: now })).toEqual({
      valid: true,
    });
  });

  it('rejects a body changed after signing', async () => {
    const signature = await signPayload(secret, timestamp, body);
    const result = await verifySignature({
      secret,
      body: body.replace('evt_1', 'evt_2'),
      timestamp,
      signature,
      nowSeconds: now,
    });
    expect(result).toEqual({ valid: false, reason: 'signature mismatch' });
  });

  it('rejects another secret, missing headers, garbage and replays', async () => {
    const signature = await signPayload('another-secret-0123456', timestamp, body);
    expect(
      (await verifySignature({ secret, body, timestamp, signature, nowSeconds: now })).valid,
    ).toBe(false);
    expect(
      await verifySignature({ secret, body, timestamp: null, signature, nowSeconds: now }),
    ).toMatchObject({ reason: 'missing signature or timestamp header' });
    expect(
      await verifySignature({ secret, body, timestamp, signature: 'v1=zz', nowSeconds: now }),
    ).toMatchObject({ reason: 'malformed signature' });
    expect(
      await verifySignature({ secret, body, timestamp: '12a', signature, nowSeconds: now }),
    ).toMatchObject({ reason: 'malformed timestamp' });
    const fresh = await signPayload(secret, timestamp, body);
    expect(
      await verifySignature({ secret, body, timestamp, signature: fresh, nowSeconds: now + 301 }),
    ).toMatchObject({ reason: 'timestamp outside tolerance' });
  });
});
