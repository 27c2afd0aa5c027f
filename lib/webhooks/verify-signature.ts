/**
 * Verifies the commerce backend's webhook signature: `v1=<hex HMAC-SHA256(secret,
 * "<timestamp>.<raw body>")>`, with a timestamp inside a tolerance window so a captured
 * request cannot be replayed later. Web Crypto only, so it runs on any edge runtime, and
 * `subtle.verify` compares in constant time.
 */
export type SignatureCheck = { valid: true } | { valid: false; reason: string };

const encoder = new TextEncoder();

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}

export async function signPayload(
  secret: string,
  timestamp: string,
  body: string,
): Promise<string> {
  const mac = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret),
    encoder.encode(`${timestamp}.${body}`),
  );
  return `v1=${Buffer.from(mac).toString('hex')}`;
}

export async function verifySignature(input: {
  secret: string;
  body: string;
  timestamp: string | null;
  signature: string | null;
  nowSeconds?: number;
  toleranceSeconds?: number;
}): Promise<SignatureCheck> {
  const { secret, body, timestamp, signature } = input;
  if (!timestamp || !signature)
    return { valid: false, reason: 'missing signature or timestamp header' };
  const sentAt = Number(timestamp);
  if (!/^\d{1,12}$/.test(timestamp)) return { valid: false, reason: 'malformed timestamp' };
  const now = input.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - sentAt) > (input.toleranceSeconds ?? 300))
    return { valid: false, reason: 'timestamp outside tolerance' };
  const mac = signature.startsWith('v1=') ? hexToBytes(signature.slice(3)) : undefined;
  if (!mac) return { valid: false, reason: 'malformed signature' };
  const valid = await crypto.subtle.verify(
    'HMAC',
    await hmacKey(secret),
    mac,
    encoder.encode(`${timestamp}.${body}`),
  );
  return valid ? { valid: true } : { valid: false, reason: 'signature mismatch' };
}
