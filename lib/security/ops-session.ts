import { sameSecret } from './bearer';

/** How long a browser stays signed in to the ops pages after trading its ?token= link. */
export const OPS_SESSION_SECONDS = 8 * 60 * 60;

const encoder = new TextEncoder();

/** HMAC-SHA256 with Web Crypto, so the proxy (Web APIs only) and the pages share it. */
async function sign(secret: string, expiresAt: number): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`ops-session.${expiresAt}`));
  const base64 = btoa(String.fromCharCode(...new Uint8Array(mac)));
  return base64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * The ops cookie's value: an expiry and its signature under OPS_TOKEN, never the token itself. A
 * stolen cookie is good for hours, not for as long as the token lives, and cannot be turned into
 * the token (for the metrics endpoint, say); changing OPS_TOKEN ends every session.
 */
export async function issueOpsSession(secret: string, now = Date.now()): Promise<string> {
  const expiresAt = Math.floor(now / 1000) + OPS_SESSION_SECONDS;
  return `${expiresAt}.${await sign(secret, expiresAt)}`;
}

export async function validOpsSession(
  value: string | undefined,
  secret: string,
  now = Date.now(),
): Promise<boolean> {
  const match = /^(\d{1,12})\.([\w-]{43})$/.exec(value ?? '');
  if (!match) return false;
  const expiresAt = Number(match[1]);
  const nowSeconds = now / 1000;
  if (expiresAt <= nowSeconds || expiresAt > nowSeconds + OPS_SESSION_SECONDS) return false;
  return sameSecret(match[2], await sign(secret, expiresAt));
}
