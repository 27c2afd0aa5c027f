import { createTransport, type Transporter } from 'nodemailer';
import type { Locale } from '../catalog/locale';
import type { Database } from '../db/database';
import type { OutgoingMail } from './mail-outbox';
import { renderMail } from './templates/render';

/** Waits before the next try after the 1st, 2nd, … failure; then the mail is given up. */
const BACKOFF_SECONDS = [5, 30, 120, 600, 3600];
const BATCH = 10;

interface OutboxRow {
  id: string;
  kind: OutgoingMail['kind'];
  recipient: string;
  locale: Locale;
  payload: OutgoingMail['data'];
  attempts: number;
}

interface DeliveryOptions {
  smtpUrl: string;
  from: string;
  pollMs: number;
  /** The storefront's public origin, for links the templates build (the order lookup). */
  storefrontUrl: string;
}

/**
 * Sends the outbox over SMTP in the background. Rows are claimed by pushing their next attempt
 * forward under FOR UPDATE SKIP LOCKED, so services processes sharing a database never send one
 * mail twice; a failure is retried with backoff and logged at most once a minute.
 */
export class MailDelivery {
  private readonly transport: Transporter;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastFailureLog = 0;

  constructor(
    private readonly db: Database,
    private readonly options: DeliveryOptions,
  ) {
    const loopback = /^smtp:\/\/(127\.|localhost|\[::1\])/.test(options.smtpUrl);
    // A local catcher speaks plain SMTP; anything else must offer STARTTLS.
    this.transport = createTransport(options.smtpUrl, {
      ignoreTLS: loopback,
      requireTLS: !loopback && options.smtpUrl.startsWith('smtp://'),
    });
  }

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sendDue().finally(() => (this.running = undefined));
    }, this.options.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    this.transport.close();
  }

  /** One pass over the due mail; exposed for tests. */
  async sendDue(): Promise<void> {
    const due = await this.claim().catch(() => [] as OutboxRow[]);
    for (const row of due) await this.send(row);
  }

  private async claim(): Promise<OutboxRow[]> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<OutboxRow>(
        `SELECT id, kind, recipient, locale, payload, attempts FROM mail_outbox
         WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
         ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length > 0)
        await tx.query(
          `UPDATE mail_outbox SET next_attempt_at = now() + interval '2 minutes'
           WHERE id = ANY($1::text[])`,
          [rows.map((row) => row.id)],
        );
      return rows;
    });
  }

  private async send(row: OutboxRow): Promise<void> {
    const mail = { kind: row.kind, to: row.recipient, locale: row.locale, data: row.payload };
    try {
      const { subject, text, html } = renderMail(mail as OutgoingMail, this.options.storefrontUrl);
      await this.transport.sendMail({
        from: this.options.from,
        to: row.recipient,
        subject,
        text,
        html,
      });
      await this.db.query(`UPDATE mail_outbox SET sent_at = now() WHERE id = $1`, [row.id]);
    } catch (error) {
      await this.failed(row, error);
    }
  }

  private async failed(row: OutboxRow, error: unknown): Promise<void> {
    const delay = BACKOFF_SECONDS[row.attempts];
    await this.db.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2,
         next_attempt_at = now() + make_interval(secs => $3),
         failed_at = CASE WHEN $4 THEN now() END
       WHERE id = $1`,
      [row.id, String(error).slice(0, 500), delay ?? 0, delay === undefined],
    );
    if (Date.now() - this.lastFailureLog < 60_000) return;
    this.lastFailureLog = Date.now();
    // Never the address or the body: a log is no place for a shopper's mail.
    console.error(
      JSON.stringify({
        msg: 'mail delivery failed',
        kind: row.kind,
        error: String(error).slice(0, 200),
      }),
    );
  }
}
