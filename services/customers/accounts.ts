import type { Locale } from '../catalog/locale';
import type { Database } from '../db/database';
import { DetailedError, HttpError } from '../framework/errors';
import type { MailOutbox } from '../mail/mail-outbox';
import type { AddressBook } from './address-book';
import type { CustomerOrders } from './customer-orders';
import type { Customer, CustomerRepository } from './customer-repository';
import { consumeLinkToken, issueLinkToken, peekLinkToken, tokenInvalid } from './link-tokens';
import { checkPassword, hashPassword } from './passwords';
import type { Passkeys } from './passkeys';
import type { RateLimits } from '../shared/rate-limits';
import { hashToken } from './secrets';
import type { OpenedSession, Sessions } from './sessions';
import type { Wishlists } from './wishlist';

export interface AccountDependencies {
  db: Database;
  customers: CustomerRepository;
  sessions: Sessions;
  passkeys: Passkeys;
  orders: CustomerOrders;
  addresses: AddressBook;
  wishlists: Wishlists;
  limits: RateLimits;
  outbox: MailOutbox;
  storefrontUrl: string;
}

export interface SignedIn {
  customer: Customer;
  session: OpenedSession;
}

interface Client {
  ip: string;
  userAgent?: string;
}

const MINUTE = 60;
const invalidCredentials = () =>
  new HttpError(401, 'invalid_credentials', 'E-mail and password do not match an account');

/**
 * Sign-up, sign-in, reset and deletion: the flows that create, open or close an account. The
 * answers never depend on whether an e-mail has an account (sign-up and reset mail either a
 * link or a note and answer 202; sign-in checks a password hash either way).
 */
export class Accounts {
  constructor(private readonly deps: AccountDependencies) {}

  private link(locale: Locale, path: string, token?: string): string {
    const url = `${this.deps.storefrontUrl}/${locale}/account/${path}`;
    return token === undefined ? url : `${url}?token=${token}`;
  }

  async requestSignUp(email: string, locale: Locale, client: Client): Promise<void> {
    await this.deps.limits.hit([
      { key: `sign-up:ip:${client.ip}`, max: 10, windowSeconds: 60 * MINUTE },
      { key: `sign-up:email:${email}`, max: 3, windowSeconds: 60 * MINUTE },
    ]);
    const existing = await this.deps.customers.byEmail(email);
    await this.deps.db.transaction(async (tx) => {
      if (existing) {
        const data = {
          signInUrl: this.link(locale, 'sign-in'),
          resetUrl: this.link(locale, 'reset'),
        };
        await this.deps.outbox.enqueue({ kind: 'account-exists', to: email, locale, data }, tx);
        return;
      }
      const token = await issueLinkToken(tx, 'sign-up', { email, locale, subject: null });
      const url = this.link(locale, 'sign-up/complete', token);
      await this.deps.outbox.enqueue(
        { kind: 'sign-up-link', to: email, locale, data: { url } },
        tx,
      );
    });
  }

  async inspectSignUp(token: string): Promise<{ email: string }> {
    const { email } = await peekLinkToken(this.deps.db, 'sign-up', token);
    return { email };
  }

  async signUpPasskeyOptions(token: string) {
    const { email } = await peekLinkToken(this.deps.db, 'sign-up', token);
    return this.deps.passkeys.registrationOptions('sign-up', email, hashToken(token));
  }

  /** Creates the account the link proves, with a password or a passkey, and signs it in. */
  async completeSignUp(request: {
    token: string;
    name?: string;
    password?: string;
    passkey?: { challengeId: string; response: unknown };
    client: Client;
  }): Promise<SignedIn> {
    const passwordHash =
      request.password === undefined ? null : await hashPassword(request.password);
    return this.deps.db.transaction(async (tx) => {
      const link = await consumeLinkToken(tx, 'sign-up', request.token);
      // A second link for the same address, used after the first made the account.
      if (await this.deps.customers.byEmail(link.email, tx)) throw tokenInvalid();
      const customer = await this.deps.customers.create(tx, {
        email: link.email,
        locale: link.locale,
        name: request.name || undefined,
        passwordHash,
      });
      if (request.passkey) {
        const answer = { ...request.passkey, subject: hashToken(request.token) };
        await this.deps.passkeys.register(tx, 'sign-up', answer, customer.id, 'Passkey');
      }
      await this.deps.orders.attachGuestOrders(tx, customer.id, link.email);
      const session = await this.deps.sessions.open(tx, customer.id, request.client.userAgent);
      return { customer, session };
    });
  }

  async signIn(email: string, password: string, client: Client): Promise<SignedIn> {
    await this.deps.limits.hit([
      { key: `sign-in:ip:${client.ip}`, max: 30, windowSeconds: 15 * MINUTE },
      { key: `sign-in:email:${email}`, max: 10, windowSeconds: 15 * MINUTE },
    ]);
    const stored = await this.deps.customers.byEmail(email);
    if (!(await checkPassword(stored?.passwordHash ?? null, password)) || !stored)
      throw invalidCredentials();
    return this.openSession(stored.customer, client);
  }

  async signInWithPasskey(
    challengeId: string,
    response: unknown,
    client: Client,
  ): Promise<SignedIn> {
    await this.deps.limits.hit([
      { key: `passkey:ip:${client.ip}`, max: 30, windowSeconds: 15 * MINUTE },
    ]);
    const customerId = await this.deps.passkeys.authenticate(challengeId, response);
    const stored = customerId && (await this.deps.customers.byId(customerId));
    if (!stored) throw new HttpError(401, 'invalid_credentials', 'The passkey did not sign in');
    return this.openSession(stored.customer, client);
  }

  private async openSession(customer: Customer, client: Client): Promise<SignedIn> {
    const session = await this.deps.db.transaction((tx) =>
      this.deps.sessions.open(tx, customer.id, client.userAgent),
    );
    return { customer, session };
  }

  async requestPasswordReset(email: string, locale: Locale, client: Client): Promise<void> {
    await this.deps.limits.hit([
      { key: `reset:ip:${client.ip}`, max: 10, windowSeconds: 60 * MINUTE },
      { key: `reset:email:${email}`, max: 3, windowSeconds: 60 * MINUTE },
    ]);
    const stored = await this.deps.customers.byEmail(email);
    if (!stored) return;
    await this.deps.db.transaction(async (tx) => {
      const token = await issueLinkToken(tx, 'password-reset', {
        email,
        locale,
        subject: stored.customer.id,
      });
      const url = this.link(locale, 'reset/complete', token);
      await this.deps.outbox.enqueue(
        { kind: 'password-reset', to: email, locale, data: { url } },
        tx,
      );
    });
  }

  /** A new password from the link: every session ends, a new one opens here. */
  async completePasswordReset(token: string, password: string, client: Client): Promise<SignedIn> {
    const passwordHash = await hashPassword(password);
    return this.deps.db.transaction(async (tx) => {
      const link = await consumeLinkToken(tx, 'password-reset', token);
      const stored = link.subject ? await this.deps.customers.byId(link.subject, tx) : undefined;
      if (!stored) throw tokenInvalid();
      await this.deps.customers.setPassword(tx, stored.customer.id, passwordHash);
      await this.deps.sessions.endAll(tx, stored.customer.id);
      const session = await this.deps.sessions.open(tx, stored.customer.id, client.userAgent);
      return { customer: { ...stored.customer, hasPassword: true }, session };
    });
  }

  /** The current password is needed where there is one (403 invalid_credentials otherwise). */
  private async confirmPassword(customerId: string, given: string | undefined): Promise<void> {
    const stored = await this.deps.customers.byId(customerId);
    if (!stored) throw new HttpError(401, 'unauthenticated', 'No such account');
    if (stored.passwordHash === null) return;
    if (given === undefined || !(await checkPassword(stored.passwordHash, given)))
      throw new DetailedError(403, 'invalid_credentials', 'The current password is not right');
  }

  async changePassword(customerId: string, current: string | undefined, next: string) {
    await this.deps.limits.hit([
      { key: `password:customer:${customerId}`, max: 10, windowSeconds: 15 * MINUTE },
    ]);
    await this.confirmPassword(customerId, current);
    const passwordHash = await hashPassword(next);
    await this.deps.db.transaction((tx) =>
      this.deps.customers.setPassword(tx, customerId, passwordHash),
    );
  }

  /** Personal data goes; the orders stay for the legal record, anonymized. One transaction. */
  async deleteAccount(customerId: string, password: string | undefined): Promise<void> {
    await this.confirmPassword(customerId, password);
    await this.deps.db.transaction(async (tx) => {
      await this.deps.orders.anonymize(tx, customerId);
      const { rows } = await tx.query<{ email: string }>(
        `DELETE FROM customers WHERE id = $1 RETURNING email`,
        [customerId],
      );
      const email = rows[0]?.email;
      if (email) {
        await tx.query(`DELETE FROM customer_tokens WHERE email = $1`, [email]);
        await tx.query(`DELETE FROM stock_alerts WHERE email = $1`, [email]);
      }
    });
  }

  async exportData(customerId: string, sessionId: string) {
    const stored = await this.deps.customers.byId(customerId);
    if (!stored) throw new HttpError(401, 'unauthenticated', 'No such account');
    const [addresses, wishlist, passkeys, sessions, orders] = await Promise.all([
      this.deps.addresses.list(customerId),
      this.deps.wishlists.get(customerId),
      this.deps.passkeys.list(customerId),
      this.deps.sessions.list(customerId, sessionId),
      this.deps.orders.all(customerId),
    ]);
    return {
      customer: stored.customer,
      addresses,
      wishlist,
      passkeys,
      sessions,
      orders,
      exportedAt: new Date().toISOString(),
    };
  }
}
