import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { HttpError } from '../framework/errors';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Bearer check; hashing both sides gives equal lengths, so the compare is constant-time. */
export type AdminGuard = (headers: IncomingHttpHeaders) => void;

export function createAdminGuard(adminToken: string): AdminGuard {
  const expected = digest(adminToken);
  return (headers: IncomingHttpHeaders): void => {
    const presented = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1] ?? '';
    if (!timingSafeEqual(digest(presented), expected)) {
      throw new HttpError(
        401,
        'unauthorized',
        'A valid "Authorization: Bearer <ADMIN_TOKEN>" header is required',
      );
    }
  };
}
