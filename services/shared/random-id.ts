import { randomBytes } from 'node:crypto';

/** Unguessable identifier: `bytes` of CSPRNG output, base64url encoded. */
export function randomId(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}
