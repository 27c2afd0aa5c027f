import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Database, Queryable } from '../db/database';
import { DetailedError } from '../framework/errors';
import { randomId } from '../shared/random-id';

type Purpose = 'sign-in' | 'sign-up' | 'add';

export interface PasskeyView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** The relying party: the storefront's public origin, whose host is the passkeys' scope. */
export interface RelyingParty {
  origin: string;
  id: string;
  name: string;
}

export function relyingPartyOf(storefrontUrl: string): RelyingParty {
  const url = new URL(storefrontUrl);
  return { origin: url.origin, id: url.hostname, name: 'Northwind Supply' };
}

const passkeyInvalid = () =>
  new DetailedError(400, 'passkey_invalid', 'The passkey answer did not verify');

interface ChallengeRow {
  challenge: string;
  subject: string | null;
  user_handle: string | null;
}

/**
 * WebAuthn through @simplewebauthn/server: options out, answers verified against a challenge
 * kept in the database (single use, 5 minutes, so any services process can finish what
 * another began), credentials stored with their public key and signature counter.
 */
export class Passkeys {
  constructor(
    private readonly db: Database,
    private readonly rp: RelyingParty,
  ) {}

  private async keepChallenge(
    purpose: Purpose,
    challenge: string,
    subject: string | null,
    userHandle: string | null,
  ): Promise<string> {
    const id = randomId(16);
    await this.db.query(
      `INSERT INTO passkey_challenges (id, challenge, purpose, subject, user_handle, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + interval '5 minutes')`,
      [id, challenge, purpose, subject, userHandle],
    );
    return id;
  }

  /** Uses a challenge up; any mismatch (unknown, expired, other purpose or subject) is 400. */
  private async takeChallenge(tx: Queryable, id: string, purpose: Purpose): Promise<ChallengeRow> {
    const { rows } = await tx.query<ChallengeRow>(
      `DELETE FROM passkey_challenges WHERE id = $1 AND purpose = $2 AND expires_at > now()
       RETURNING challenge, subject, user_handle`,
      [id, purpose],
    );
    if (!rows[0]) throw passkeyInvalid();
    return rows[0];
  }

  /** Options to create a passkey for `email`; `subject` ties the challenge to its sign-up link or account. */
  async registrationOptions(purpose: 'sign-up' | 'add', email: string, subject: string) {
    const existing =
      purpose === 'add'
        ? (
            await this.db.query<{ id: string }>(`SELECT id FROM passkeys WHERE customer_id = $1`, [
              subject,
            ])
          ).rows
        : [];
    const userHandle = randomId(16);
    const options = await generateRegistrationOptions({
      rpName: this.rp.name,
      rpID: this.rp.id,
      userName: email,
      userID: Buffer.from(userHandle, 'base64url'),
      attestationType: 'none',
      excludeCredentials: existing.map(({ id }) => ({ id })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    });
    const challengeId = await this.keepChallenge(purpose, options.challenge, subject, userHandle);
    return { challengeId, options };
  }

  /** Verifies a new passkey and stores it for the customer, in the caller's transaction. */
  async register(
    tx: Queryable,
    purpose: 'sign-up' | 'add',
    answer: { challengeId: string; response: unknown; subject: string },
    customerId: string,
    name: string,
  ): Promise<PasskeyView> {
    const kept = await this.takeChallenge(tx, answer.challengeId, purpose);
    if (kept.subject !== answer.subject) throw passkeyInvalid();
    const verified = await verifyRegistrationResponse({
      response: answer.response as RegistrationResponseJSON,
      expectedChallenge: kept.challenge,
      expectedOrigin: this.rp.origin,
      expectedRPID: this.rp.id,
      requireUserVerification: false,
    }).catch(() => undefined);
    if (!verified?.verified) throw passkeyInvalid();
    const { credential } = verified.registrationInfo;
    const { rows } = await tx.query<{ created_at: Date }>(
      `INSERT INTO passkeys (id, customer_id, public_key, counter, transports, name)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING created_at`,
      [
        credential.id,
        customerId,
        Buffer.from(credential.publicKey).toString('base64url'),
        credential.counter,
        JSON.stringify(credential.transports ?? []),
        name,
      ],
    );
    if (!rows[0]) throw passkeyInvalid();
    return {
      id: credential.id,
      name,
      createdAt: new Date(rows[0].created_at).toISOString(),
      lastUsedAt: null,
    };
  }

  /** One more passkey for a signed-in customer. */
  async add(
    customerId: string,
    answer: { challengeId: string; response: unknown; subject: string },
    name: string,
  ): Promise<PasskeyView> {
    return this.db.transaction((tx) => this.register(tx, 'add', answer, customerId, name));
  }

  /** Options for signing in with any passkey of this site (discoverable, conditional UI). */
  async authenticationOptions() {
    const options = await generateAuthenticationOptions({
      rpID: this.rp.id,
      userVerification: 'preferred',
    });
    return {
      challengeId: await this.keepChallenge('sign-in', options.challenge, null, null),
      options,
    };
  }

  /** The customer whose passkey signed the challenge, or undefined when nothing verifies. */
  async authenticate(challengeId: string, response: unknown): Promise<string | undefined> {
    return this.db.transaction(async (tx) => {
      const kept = await this.takeChallenge(tx, challengeId, 'sign-in').catch(() => undefined);
      const answer = response as AuthenticationResponseJSON;
      if (!kept || typeof answer.id !== 'string') return undefined;
      const { rows } = await tx.query<{
        customer_id: string;
        public_key: string;
        counter: string;
        transports: string[];
      }>(`SELECT customer_id, public_key, counter, transports FROM passkeys WHERE id = $1`, [
        answer.id,
      ]);
      const stored = rows[0];
      if (!stored) return undefined;
      const verified = await verifyAuthenticationResponse({
        response: answer,
        expectedChallenge: kept.challenge,
        expectedOrigin: this.rp.origin,
        expectedRPID: this.rp.id,
        credential: {
          id: answer.id,
          publicKey: Buffer.from(stored.public_key, 'base64url'),
          counter: Number(stored.counter),
          transports: stored.transports,
        },
        requireUserVerification: false,
      }).catch(() => undefined);
      if (!verified?.verified) return undefined;
      await tx.query(`UPDATE passkeys SET counter = $2, last_used_at = now() WHERE id = $1`, [
        answer.id,
        verified.authenticationInfo.newCounter,
      ]);
      return stored.customer_id;
    });
  }

  async list(customerId: string, db: Queryable = this.db): Promise<PasskeyView[]> {
    const { rows } = await db.query<{
      id: string;
      name: string;
      created_at: Date;
      last_used_at: Date | null;
    }>(
      `SELECT id, name, created_at, last_used_at FROM passkeys
       WHERE customer_id = $1 ORDER BY created_at`,
      [customerId],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      createdAt: new Date(row.created_at).toISOString(),
      lastUsedAt: row.last_used_at && new Date(row.last_used_at).toISOString(),
    }));
  }

  /** Removes one, unless it is the account's only way in (409 last_sign_in_method). */
  async remove(customerId: string, passkeyId: string, hasPassword: boolean): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        `SELECT id FROM passkeys WHERE customer_id = $1 FOR UPDATE`,
        [customerId],
      );
      if (!rows.some((row) => row.id === passkeyId)) return false;
      if (!hasPassword && rows.length === 1)
        throw new DetailedError(
          409,
          'last_sign_in_method',
          'Add a password or another passkey first',
        );
      await tx.query(`DELETE FROM passkeys WHERE id = $1`, [passkeyId]);
      return true;
    });
  }
}
