import { createHash } from 'node:crypto';
import { randomId } from '../shared/random-id';

/** A session or link token: 32 random bytes, base64url. Only its hash is ever stored. */
export function newToken(): string {
  return randomId(32);
}

/**
 * SHA-256 is enough for tokens (unlike passwords): they carry 256 random bits, so there is
 * nothing to guess, and a stolen table of hashes opens no session.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
