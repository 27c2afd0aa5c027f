import type { Locale } from '../catalog/locale';
import type { Queryable } from '../db/database';
import { HttpError } from '../framework/errors';
import { hashToken, newToken } from './secrets';

export type LinkPurpose = 'sign-up' | 'password-reset' | 'stock-alert';

/** How long a mailed link works. */
const LIFETIME: Record<LinkPurpose, string> = {
  'sign-up': '24 hours',
  'password-reset': '30 minutes',
  'stock-alert': '7 days',
};

export interface LinkToken {
  email: string;
  locale: Locale;
  /** What the link is about beyond the e-mail: the customer to reset, the alert to confirm. */
  subject: string | null;
}

/** Unknown, used and expired links get one answer, so a link tells nothing about its past. */
export const tokenInvalid = () =>
  new HttpError(410, 'token_invalid', 'This link is unknown, used or expired');

/** Creates a single-use link token; only its hash is stored. */
export async function issueLinkToken(
  db: Queryable,
  purpose: LinkPurpose,
  link: LinkToken,
): Promise<string> {
  const token = newToken();
  await db.query(
    `INSERT INTO customer_tokens (token_hash, purpose, email, subject, locale, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + interval '${LIFETIME[purpose]}')`,
    [hashToken(token), purpose, link.email, link.subject, link.locale],
  );
  return token;
}

/** The link's details while it is unused and unexpired, without using it up. */
export async function peekLinkToken(
  db: Queryable,
  purpose: LinkPurpose,
  token: string,
): Promise<LinkToken> {
  const { rows } = await db.query<LinkToken>(
    `SELECT email, locale, subject FROM customer_tokens
     WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`,
    [hashToken(token), purpose],
  );
  if (!rows[0]) throw tokenInvalid();
  return rows[0];
}

/** Uses the link up (in the caller's transaction): a second use, even concurrent, is 410. */
export async function consumeLinkToken(
  tx: Queryable,
  purpose: LinkPurpose,
  token: string,
): Promise<LinkToken> {
  const { rows } = await tx.query<LinkToken>(
    `UPDATE customer_tokens SET used_at = now()
     WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
     RETURNING email, locale, subject`,
    [hashToken(token), purpose],
  );
  if (!rows[0]) throw tokenInvalid();
  return rows[0];
}
