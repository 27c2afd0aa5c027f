import type { Locale } from '../catalog/locale';
import type { Database, Queryable } from '../db/database';
import type { MailOutbox } from '../mail/mail-outbox';
import { randomId } from '../shared/random-id';
import { consumeLinkToken, issueLinkToken } from './link-tokens';

/** What a back-in-stock mail says about a SKU, in the alert's language. */
interface SkuDescription {
  productName: string;
  variantLabel: string;
  /** Storefront path of the product, e.g. /de-DE/p/some-slug. */
  path: string;
}

interface AlertDependencies {
  db: Database;
  outbox: MailOutbox;
  storefrontUrl: string;
  describe(sku: string, locale: Locale): SkuDescription | undefined;
}

/**
 * "Tell me when it is back": one alert per SKU and address until it is sent. An address given
 * without a session is confirmed by a mailed link first; nothing is ever sent to an address that
 * did not confirm. A restock sends each confirmed alert once, marked in the same transaction.
 */
export class StockAlerts {
  constructor(private readonly deps: AlertDependencies) {}

  exists(sku: string): boolean {
    return this.deps.describe(sku, 'en-US') !== undefined;
  }

  /** An account's verified address: confirmed at once. */
  async subscribeConfirmed(sku: string, email: string, locale: Locale, customerId: string) {
    await this.deps.db.query(
      `INSERT INTO stock_alerts (id, sku, email, locale, customer_id, confirmed_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (sku, email) WHERE notified_at IS NULL
       DO UPDATE SET confirmed_at = coalesce(stock_alerts.confirmed_at, now()), locale = $4`,
      [`sal_${randomId(9)}`, sku, email, locale, customerId],
    );
  }

  /** A guest's address: stored unconfirmed, and a link to confirm it is mailed. */
  async subscribeByMail(sku: string, email: string, locale: Locale): Promise<void> {
    const described = this.deps.describe(sku, locale);
    if (!described) return;
    await this.deps.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string; confirmed: boolean }>(
        `INSERT INTO stock_alerts (id, sku, email, locale) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sku, email) WHERE notified_at IS NULL DO UPDATE SET locale = $4
         RETURNING id, confirmed_at IS NOT NULL AS confirmed`,
        [`sal_${randomId(9)}`, sku, email, locale],
      );
      const alert = rows[0]!;
      if (alert.confirmed) return;
      const token = await issueLinkToken(tx, 'stock-alert', { email, locale, subject: alert.id });
      const url = `${this.deps.storefrontUrl}/${locale}/account/stock-alerts/confirm?token=${token}`;
      await this.deps.outbox.enqueue(
        {
          kind: 'stock-alert-confirm',
          to: email,
          locale,
          data: { url, productName: described.productName },
        },
        tx,
      );
    });
  }

  /** Confirms the alert the link was made for; its SKU. */
  async confirm(token: string): Promise<string> {
    return this.deps.db.transaction(async (tx) => {
      const link = await consumeLinkToken(tx, 'stock-alert', token);
      const { rows } = await tx.query<{ sku: string }>(
        `UPDATE stock_alerts SET confirmed_at = coalesce(confirmed_at, now())
         WHERE id = $1 RETURNING sku`,
        [link.subject],
      );
      return rows[0]?.sku ?? '';
    });
  }

  /** The SKU came back: each confirmed, unsent alert gets its one mail. */
  async restocked(sku: string): Promise<number> {
    return this.deps.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ email: string; locale: Locale }>(
        `UPDATE stock_alerts SET notified_at = now()
         WHERE sku = $1 AND confirmed_at IS NOT NULL AND notified_at IS NULL
         RETURNING email, locale`,
        [sku],
      );
      for (const alert of rows) await this.notify(tx, sku, alert.email, alert.locale);
      return rows.length;
    });
  }

  private async notify(tx: Queryable, sku: string, email: string, locale: Locale): Promise<void> {
    const described = this.deps.describe(sku, locale);
    if (!described) return;
    await this.deps.outbox.enqueue(
      {
        kind: 'back-in-stock',
        to: email,
        locale,
        data: {
          productName: described.productName,
          variantLabel: described.variantLabel,
          url: `${this.deps.storefrontUrl}${described.path}`,
        },
      },
      tx,
    );
  }
}
