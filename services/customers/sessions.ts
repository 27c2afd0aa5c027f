import type { Database, Queryable } from '../db/database';
import { HttpError } from '../framework/errors';
import { randomId } from '../shared/random-id';
import { hashToken, newToken } from './secrets';

/** Absolute lifetime of a session, and how long it survives unused. */
const ABSOLUTE = '90 days';
const IDLE = '30 days';

export interface OpenedSession {
  token: string;
  id: string;
  expiresAt: string;
}

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string;
  current: boolean;
}

interface SessionRow {
  id: string;
  customer_id: string;
  expires_at: Date;
  stale: boolean;
}

export const unauthenticated = () =>
  new HttpError(401, 'unauthenticated', 'No session, or the session has ended');

const live = `expires_at > now() AND last_seen_at > now() - interval '${IDLE}'`;

/** Opaque bearer sessions: a fresh random token per sign-in, stored only as its hash. */
export class Sessions {
  constructor(private readonly db: Database) {}

  async open(tx: Queryable, customerId: string, userAgent = ''): Promise<OpenedSession> {
    const token = newToken();
    const id = randomId(9);
    const { rows } = await tx.query<{ expires_at: Date }>(
      `INSERT INTO customer_sessions (id, token_hash, customer_id, user_agent, expires_at)
       VALUES ($1, $2, $3, $4, now() + interval '${ABSOLUTE}') RETURNING expires_at`,
      [id, hashToken(token), customerId, userAgent.slice(0, 256)],
    );
    return { token, id, expiresAt: new Date(rows[0]!.expires_at).toISOString() };
  }

  /** The session behind a bearer token, touched at most once a minute; 401 when there is none. */
  async authenticate(
    token: string,
  ): Promise<{ sessionId: string; customerId: string; expiresAt: string }> {
    const { rows } = await this.db.query<SessionRow>(
      `SELECT id, customer_id, expires_at, last_seen_at < now() - interval '1 minute' AS stale
       FROM customer_sessions WHERE token_hash = $1 AND ${live}`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) throw unauthenticated();
    if (row.stale)
      await this.db.query(`UPDATE customer_sessions SET last_seen_at = now() WHERE id = $1`, [
        row.id,
      ]);
    return {
      sessionId: row.id,
      customerId: row.customer_id,
      expiresAt: new Date(row.expires_at).toISOString(),
    };
  }

  async list(customerId: string, currentId: string): Promise<SessionInfo[]> {
    const { rows } = await this.db.query<{
      id: string;
      created_at: Date;
      last_seen_at: Date;
      user_agent: string;
    }>(
      `SELECT id, created_at, last_seen_at, user_agent FROM customer_sessions
       WHERE customer_id = $1 AND ${live} ORDER BY created_at DESC`,
      [customerId],
    );
    return rows.map((row) => ({
      id: row.id,
      createdAt: new Date(row.created_at).toISOString(),
      lastSeenAt: new Date(row.last_seen_at).toISOString(),
      userAgent: row.user_agent,
      current: row.id === currentId,
    }));
  }

  /** Ends one session of the customer; false when it has no such session. */
  async end(customerId: string, sessionId: string): Promise<boolean> {
    const { rows } = await this.db.query(
      `DELETE FROM customer_sessions WHERE id = $1 AND customer_id = $2 RETURNING id`,
      [sessionId, customerId],
    );
    return rows.length > 0;
  }

  /** "Sign out everywhere": this session and every other. */
  async endEverywhere(customerId: string): Promise<void> {
    await this.endAll(this.db, customerId);
  }

  /** Every session of the customer, in the caller's transaction (a new password). */
  async endAll(tx: Queryable, customerId: string): Promise<void> {
    await tx.query(`DELETE FROM customer_sessions WHERE customer_id = $1`, [customerId]);
  }
}
