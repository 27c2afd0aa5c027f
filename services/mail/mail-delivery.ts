import { createTransport, type Transporter } from 'nodemailer';
import type { Database } from '../db/database';
import type { MailLocale, OutgoingMail } from './mail-outbox';
import { renderMail } from './templates/render';

/** Waits before the retry after the 1st, 2nd, … failure; a failure after the last gives up. */
const BACKOFF_SECONDS = [5, 30, 120, 600, 3600];
const BATCH = 10;
/**
 * How long a claimed row is left alone by every worker: longer than a batch can take with the
 * transport's timeouts below, so a mail is sent twice only when a process dies after sending
 * and before recording it.
 */
const LEASE = "interval '5 minutes'";
const LOG_EVERY_MS = 60_000;

interface OutboxRow {
  id: string;
  kind: OutgoingMail['kind'];
  recipient: string;
  locale: MailLocale;
  payload: OutgoingMail['data'];
  attempts: number;
}

export interface MailDeliveryOptions {
  /** smtp:// (STARTTLS when offered; `?requireTLS=true` insists) or smtps://, with user:pass@. */
  smtpUrl: string;
  from: string;
  /** The storefront's origin, for the links templates build themselves (the order page). */
  storefrontUrl: string;
  pollMs: number;
  /** `silent`: no failure log lines. */
  log: 'info' | 'silent';
}

/**
 * Sends the outbox (mail-outbox.ts) over SMTP in the background. Due rows are claimed with one
 * UPDATE over a `FOR UPDATE SKIP LOCKED` selection that pushes their next attempt past a lease,
 * so services processes sharing a database never take the same mail. A failure is retried with
 * backoff, then given up (`failed_at`). Nothing here reaches whatever enqueued the mail.
 */
export class MailDelivery {
  private readonly transport: Transporter;
  private readonly storefrontUrl: string;
  private readonly lastLogged = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly options: MailDeliveryOptions,
  ) {
    // nodemailer's own timeouts run to minutes; a batch must finish well within its lease.
    this.transport = createTransport({
      url: options.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    this.storefrontUrl = options.storefrontUrl.replace(/\/+$/, '');
  }

  start(): void {
    this.timer = setInterval(() => {
      this.pass ??= this.sendDue()
        .then(() => undefined)
        .catch((error: unknown) => this.report('outbox', { msg: 'mail outbox unavailable', error }))
        .finally(() => (this.pass = undefined));
    }, this.options.pollMs);
    this.timer.unref();
  }

  /** Stops polling and waits for the pass under way, so the database can close after it. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.pass;
    this.transport.close();
  }

  /** One pass: claims the due mail (oldest first) and sends it; how many it took. */
  async sendDue(): Promise<number> {
    const { rows } = await this.db.query<OutboxRow>(
      `UPDATE mail_outbox SET next_attempt_at = now() + ${LEASE}
       WHERE id IN (
         SELECT id FROM mail_outbox
         WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
         ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, recipient, locale, payload, attempts`,
      [BATCH],
    );
    await Promise.all(rows.map((row) => this.send(row)));
    return rows.length;
  }

  private async send(row: OutboxRow): Promise<void> {
    try {
      // Written from an OutgoingMail by MailOutbox.enqueue: kind and payload belong together.
      const mail = { kind: row.kind, to: row.recipient, locale: row.locale, data: row.payload };
      const { subject, text, html } = renderMail(mail as OutgoingMail, this.storefrontUrl);
      await this.transport.sendMail({
        from: this.options.from,
        to: row.recipient,
        subject,
        text,
        html,
      });
    } catch (error) {
      await this.retryLater(row, error);
      return;
    }
    await this.db.query(
      'UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = $1',
      [row.id],
    );
  }

  private async retryLater(row: OutboxRow, error: unknown): Promise<void> {
    const delay = BACKOFF_SECONDS[row.attempts];
    await this.db.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2,
         next_attempt_at = now() + make_interval(secs => $3),
         failed_at = CASE WHEN $4::boolean THEN now() END
       WHERE id = $1`,
      [row.id, describe(error, 1_000), delay ?? 0, delay === undefined],
    );
    const domain = row.recipient.split('@').pop()?.toLowerCase() ?? '';
    this.report(domain, {
      msg: delay === undefined ? 'mail given up' : 'mail delivery failed',
      mailId: row.id,
      kind: row.kind,
      domain,
      attempts: row.attempts + 1,
      error,
    });
  }

  /** One JSON line per key (a recipient's domain) a minute at most; never an address or a body. */
  private report(key: string, line: { msg: string; error: unknown } & Record<string, unknown>) {
    const now = Date.now();
    if (this.options.log === 'silent' || now - (this.lastLogged.get(key) ?? 0) < LOG_EVERY_MS)
      return;
    for (const [seen, at] of this.lastLogged)
      if (now - at >= LOG_EVERY_MS) this.lastLogged.delete(seen);
    this.lastLogged.set(key, now);
    console.error(JSON.stringify({ ...line, error: describe(line.error, 200) }));
  }
}

/** The error's code and message, with any e-mail address in it (SMTP replies quote them) masked. */
function describe(error: unknown, length: number): string {
  const code = error instanceof Error && 'code' in error ? `${String(error.code)}: ` : '';
  const message = error instanceof Error ? error.message : String(error);
  return `${code}${message}`.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '<address>').slice(0, length);
}
