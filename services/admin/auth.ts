import type { IncomingHttpHeaders } from 'node:http';
import { HttpError } from '../framework/errors';
import { sameSecret } from '../shared/same-secret';

/** Bearer check, compared in constant time. */
export type AdminGuard = (headers: IncomingHttpHeaders) => void;

export function createAdminGuard(adminToken: string): AdminGuard {
  return (headers: IncomingHttpHeaders): void => {
    const presented = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1] ?? '';
    if (!sameSecret(presented, adminToken)) {
      throw new HttpError(
        401,
        'unauthorized',
        'A valid "Authorization: Bearer <ADMIN_TOKEN>" header is required',
      );
    }
  };
}
