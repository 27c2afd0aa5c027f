import type { IncomingHttpHeaders } from 'node:http';
import { unauthenticated } from './sessions';

/** The session token of `Authorization: Bearer <token>`; 401 without a well-formed one. */
export function bearerToken(headers: IncomingHttpHeaders): string {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(headers.authorization ?? '');
  if (!match) throw unauthenticated();
  return match[1]!;
}

/** The same, for an operation where a session is optional. */
export function optionalBearerToken(headers: IncomingHttpHeaders): string | undefined {
  return headers.authorization === undefined ? undefined : bearerToken(headers);
}
