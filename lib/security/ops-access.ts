import { bearerToken, sameSecret } from '@/lib/security/bearer';
import { validOpsSession } from '@/lib/security/ops-session';

/** A signed session, set by the proxy when /ops/vitals is opened with ?token= (lib/edge/ops-token.ts). */
export const OPS_COOKIE = 'ops_token';

/**
 * Whether a request may see the ops data: OPS_TOKEN is configured and the request presents it,
 * as `Authorization: Bearer` (tools, tests), or the cookie holds a session it signed (a
 * person's browser). With no OPS_TOKEN nobody may: the page then does not exist.
 */
export async function opsAuthorized(
  headers: Headers,
  cookie: string | undefined,
  expected: string | undefined,
): Promise<boolean> {
  if (!expected) return false;
  return sameSecret(bearerToken(headers), expected) || validOpsSession(cookie, expected);
}
