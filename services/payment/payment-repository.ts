import type { CardBrand } from './cards';
import type { Currency, Money } from '../catalog/money';
import type { Database } from '../db/database';

export type AuthorizationStatus = 'authorized' | 'declined' | 'voided' | 'captured';

export interface Authorization {
  id: string;
  status: AuthorizationStatus;
  amount: Money;
  card: { brand: CardBrand; last4: string };
  /** Gateway reason when status is declined, e.g. insufficient_funds. */
  declineCode?: string;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  idempotency_key: string | null;
  request_hash: string | null;
  amount: number;
  currency: Currency;
  brand: CardBrand;
  last4: string;
  status: AuthorizationStatus;
  decline_code: string | null;
  created_at: Date;
  updated_at: Date;
}

function toAuthorization(row: Row): Authorization {
  return {
    id: row.id,
    status: row.status,
    amount: { amount: row.amount, currency: row.currency },
    card: { brand: row.brand, last4: row.last4 },
    ...(row.decline_code ? { declineCode: row.decline_code } : {}),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export interface NewAuthorization {
  id: string;
  idempotencyKey: string | undefined;
  requestHash: string;
  amount: Money;
  card: { brand: CardBrand; last4: string };
  status: 'authorized' | 'declined';
  declineCode?: string;
}

const IDEMPOTENCY_WINDOW = "interval '24 hours'";

/** Authorizations in PGlite: brand and last 4 digits only, never the card number or CVC. */
export class PaymentRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<Authorization | undefined> {
    const result = await this.db.query<Row>('SELECT * FROM payment_authorizations WHERE id = $1', [
      id,
    ]);
    const row = result.rows[0];
    return row && toAuthorization(row);
  }

  async findByKey(
    key: string,
  ): Promise<{ requestHash: string; authorization: Authorization } | undefined> {
    const result = await this.db.query<Row>(
      `SELECT * FROM payment_authorizations WHERE idempotency_key = $1 AND created_at > now() - ${IDEMPOTENCY_WINDOW}`,
      [key],
    );
    const row = result.rows[0];
    return row && { requestHash: row.request_hash ?? '', authorization: toAuthorization(row) };
  }

  async insert(input: NewAuthorization): Promise<Authorization> {
    await this.db.transaction(async (tx) => {
      // Keys expire after 24 h; an expired key may be used again.
      if (input.idempotencyKey !== undefined) {
        await tx.query(
          `UPDATE payment_authorizations SET idempotency_key = NULL
           WHERE idempotency_key = $1 AND created_at <= now() - ${IDEMPOTENCY_WINDOW}`,
          [input.idempotencyKey],
        );
      }
      await tx.query(
        `INSERT INTO payment_authorizations (id, idempotency_key, request_hash, amount, currency, brand, last4, status, decline_code)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          input.id,
          input.idempotencyKey ?? null,
          input.requestHash,
          input.amount.amount,
          input.amount.currency,
          input.card.brand,
          input.card.last4,
          input.status,
          input.declineCode ?? null,
        ],
      );
    });
    const stored = await this.find(input.id);
    if (!stored) throw new Error(`Authorization ${input.id} vanished after insert`);
    return stored;
  }

  /** Moves `from` → `to` atomically; undefined when the authorization was not in `from`. */
  async transition(
    id: string,
    from: AuthorizationStatus,
    to: AuthorizationStatus,
  ): Promise<Authorization | undefined> {
    const result = await this.db.query<Row>(
      'UPDATE payment_authorizations SET status = $3, updated_at = now() WHERE id = $1 AND status = $2 RETURNING *',
      [id, from, to],
    );
    const row = result.rows[0];
    return row && toAuthorization(row);
  }

  /** Holds not yet captured or voided whose idempotency key starts with `keyPrefix`. */
  async openHolds(keyPrefix: string): Promise<Authorization[]> {
    const result = await this.db.query<Row>(
      `SELECT * FROM payment_authorizations WHERE status = 'authorized' AND starts_with(idempotency_key, $1)`,
      [keyPrefix],
    );
    return result.rows.map(toAuthorization);
  }

  async countByStatus(): Promise<Record<AuthorizationStatus, number>> {
    const result = await this.db.query<{ status: AuthorizationStatus; count: number }>(
      'SELECT status, count(*)::int AS count FROM payment_authorizations GROUP BY status',
    );
    const counts: Record<AuthorizationStatus, number> = {
      authorized: 0,
      declined: 0,
      voided: 0,
      captured: 0,
    };
    for (const row of result.rows) counts[row.status] = row.count;
    return counts;
  }
}
