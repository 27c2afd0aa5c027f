import type { Currency } from '../catalog/money';
import type { Database, Queryable } from '../db/database';
import type { PromoCode, PromoCodeInput } from './promo-code';

export interface PromoCodeRow {
  code: string;
  kind: PromoCode['kind'];
  percent: number | null;
  amount: number | null;
  currency: Currency | null;
  min_subtotal: number | null;
  starts_at: Date | string | null;
  ends_at: Date | string | null;
  usage_limit: number | null;
  per_customer_limit: number | null;
  used: number;
  disabled_at: Date | string | null;
  created_at: Date | string;
}

/** The columns of a code, for this repository and for a query that joins them (a cart reads its code with its row). */
export const PROMO_COLUMNS =
  'code, kind, percent, amount, currency, min_subtotal, starts_at, ends_at, usage_limit, per_customer_limit, used, disabled_at, created_at';

const iso = (value: Date | string) => new Date(value).toISOString();

export function promoFromRow(row: PromoCodeRow): PromoCode {
  const optional = <T>(key: string, value: T | null) => (value === null ? {} : { [key]: value });
  return {
    code: row.code,
    kind: row.kind,
    ...optional('percent', row.percent),
    ...optional('amount', row.amount),
    ...optional('currency', row.currency),
    ...optional('minSubtotal', row.min_subtotal),
    ...optional('startsAt', row.starts_at && iso(row.starts_at)),
    ...optional('endsAt', row.ends_at && iso(row.ends_at)),
    ...optional('usageLimit', row.usage_limit),
    ...optional('perCustomerLimit', row.per_customer_limit),
    used: row.used,
    ...optional('disabledAt', row.disabled_at && iso(row.disabled_at)),
    createdAt: iso(row.created_at),
  };
}

/** Why a claim failed: the code's total limit or this customer's. */
export type ClaimRefusal = 'used_up' | 'customer_limit';

/**
 * Promo codes and their redemptions. A limited code is claimed with one conditional UPDATE
 * (`used < usage_limit`), which PostgreSQL serializes on the row: 200 concurrent checkouts of a
 * code limited to 10 get exactly 10 claims, however many services instances take them.
 */
export class PromoRepository {
  constructor(private readonly db: Database) {}

  async find(code: string): Promise<PromoCode | undefined> {
    const result = await this.db.query<PromoCodeRow>(
      `SELECT ${PROMO_COLUMNS} FROM promo_codes WHERE code = $1`,
      [code.toUpperCase()],
    );
    const row = result.rows[0];
    return row && promoFromRow(row);
  }

  async list(): Promise<PromoCode[]> {
    const result = await this.db.query<PromoCodeRow>(
      `SELECT ${PROMO_COLUMNS} FROM promo_codes ORDER BY created_at DESC, code LIMIT 500`,
    );
    return result.rows.map(promoFromRow);
  }

  /** False when the code exists already (codes are never reused: old orders name them). */
  async create(input: PromoCodeInput, db: Queryable = this.db): Promise<boolean> {
    const result = await db.query(
      `INSERT INTO promo_codes (code, kind, percent, amount, currency, min_subtotal, starts_at, ends_at, usage_limit, per_customer_limit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (code) DO NOTHING RETURNING code`,
      [
        input.code,
        input.kind,
        input.percent ?? null,
        input.amount ?? null,
        input.currency ?? null,
        input.minSubtotal ?? null,
        input.startsAt ?? null,
        input.endsAt ?? null,
        input.usageLimit ?? null,
        input.perCustomerLimit ?? null,
      ],
    );
    return result.rows.length === 1;
  }

  async disable(code: string): Promise<PromoCode | undefined> {
    await this.db.query(
      'UPDATE promo_codes SET disabled_at = coalesce(disabled_at, now()) WHERE code = $1',
      [code.toUpperCase()],
    );
    return this.find(code);
  }

  /**
   * Takes one use of the code for an order, or says which limit is reached. The total count and
   * the customer's count are claimed in one transaction, so a refusal by either takes nothing.
   */
  claim(code: string, orderId: string, customerKey: string): Promise<ClaimRefusal | undefined> {
    return this.db
      .transaction(async (tx) => {
        const total = await tx.query<{ per_customer_limit: number | null }>(
          'UPDATE promo_codes SET used = used + 1 WHERE code = $1 AND (usage_limit IS NULL OR used < usage_limit) RETURNING per_customer_limit',
          [code],
        );
        const claimed = total.rows[0];
        if (!claimed) throw new Refused('used_up');
        if (claimed.per_customer_limit !== null) {
          const mine = await tx.query(
            `INSERT INTO promo_customer_uses (code, customer_key, uses) VALUES ($1, $2, 1)
             ON CONFLICT (code, customer_key) DO UPDATE SET uses = promo_customer_uses.uses + 1
             WHERE promo_customer_uses.uses < $3 RETURNING uses`,
            [code, customerKey, claimed.per_customer_limit],
          );
          if (mine.rows.length === 0) throw new Refused('customer_limit');
        }
        await tx.query(
          'INSERT INTO promo_redemptions (order_id, code, customer_key) VALUES ($1, $2, $3)',
          [orderId, code, customerKey],
        );
        return undefined;
      })
      .catch((error: unknown) => {
        if (error instanceof Refused) return error.reason;
        throw error;
      });
  }

  /**
   * Gives back the uses a crash left claimed for orders that were never stored (a checkout dies
   * between claiming and storing its order). Old enough that no live checkout is between the two.
   */
  async releaseOrphans(): Promise<number> {
    const orphans = await this.db.query<{ order_id: string }>(
      `SELECT order_id FROM promo_redemptions r WHERE created_at < now() - interval '1 minute'
       AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = r.order_id)`,
    );
    for (const { order_id } of orphans.rows) await this.release(order_id);
    return orphans.rows.length;
  }

  /** Gives an order's use back (its checkout failed after the claim); nothing when it had none. */
  async release(orderId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const removed = await tx.query<{ code: string; customer_key: string }>(
        'DELETE FROM promo_redemptions WHERE order_id = $1 RETURNING code, customer_key',
        [orderId],
      );
      const redemption = removed.rows[0];
      if (!redemption) return;
      await tx.query('UPDATE promo_codes SET used = used - 1 WHERE code = $1', [redemption.code]);
      await tx.query(
        'UPDATE promo_customer_uses SET uses = uses - 1 WHERE code = $1 AND customer_key = $2',
        [redemption.code, redemption.customer_key],
      );
    });
  }
}

class Refused extends Error {
  constructor(readonly reason: ClaimRefusal) {
    super(reason);
  }
}
