import type { Locale } from '../catalog/locale';
import type { Order } from '../checkout/order-repository';
import type { Database, Queryable } from '../db/database';
import { randomId } from '../shared/random-id';

/** A mail is written in the language of the shop's pages its recipient used. */
export type MailLocale = Locale;

/**
 * Every mail the shop sends, by kind, with what its template needs. Links arrive absolute (the
 * caller knows its routes); the order confirmation builds its own from the order.
 */
export type OutgoingMail = { to: string; locale: MailLocale } & (
  | { kind: 'order-confirmation'; data: { order: Order } }
  /** "Confirm your e-mail to create your account." */
  | { kind: 'sign-up-link'; data: { url: string } }
  /** Someone tried to sign up with an address that already has an account. */
  | { kind: 'account-exists'; data: { signInUrl: string; resetUrl: string } }
  | { kind: 'password-reset'; data: { url: string } }
  | { kind: 'email-change-link'; data: { url: string } }
  | { kind: 'stock-alert-confirm'; data: { url: string; productName: string } }
  | {
      kind: 'back-in-stock';
      data: { productName: string; variantLabel: string; url: string; unsubscribeUrl?: string };
    }
);

/**
 * Mail to send, written to a table (in the caller's transaction when it passes one) and sent
 * later by the delivery worker (mail-delivery.ts): whatever enqueues it never waits on SMTP,
 * and a rolled-back change sends nothing.
 */
export class MailOutbox {
  constructor(private readonly db: Database) {}

  async enqueue(mail: OutgoingMail, db: Queryable = this.db): Promise<void> {
    await db.query(
      'INSERT INTO mail_outbox (id, kind, recipient, locale, payload) VALUES ($1, $2, $3, $4, $5)',
      [`mail_${randomId(12)}`, mail.kind, mail.to, mail.locale, JSON.stringify(mail.data)],
    );
  }
}
