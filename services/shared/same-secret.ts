import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether a presented secret (token, signature) equals the expected one, in constant time.
 * Both sides are hashed first, so they always have the same length and the comparison leaks
 * neither the content nor the length of the expected secret.
 */
export function sameSecret(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}
