/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(headers: Headers): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  return match?.[1];
}

/**
 * Compares a presented secret with the expected one in time that does not depend on where they
 * differ. Plain string code rather than node:crypto, so the proxy (Web APIs only) can use it.
 */
export function sameSecret(presented: string | undefined, expected: string): boolean {
  if (presented === undefined || presented.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++)
    difference |= presented.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}
