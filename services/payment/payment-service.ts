import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { cardFingerprint, isExpired, summarizeCard, TEST_CARDS, type Card } from './cards';
import type { Authorization, PaymentRepository } from './payment-repository';
import type { Money } from '../catalog/money';
import { HttpError, notFound } from '../framework/errors';
import type { KeyedMutex } from '../shared/keyed-mutex';
import { randomId } from '../shared/random-id';

export interface AuthorizeRequest {
  amount: Money;
  card: Card;
  /** Same key + same request within 24 h returns the first outcome instead of authorizing again. */
  idempotencyKey?: string;
}

export type AuthorizeOutcome =
  | { status: 'authorized'; authorization: Authorization; replayed: boolean }
  | {
      status: 'declined';
      code: string;
      message: string;
      authorization: Authorization;
      replayed: boolean;
    };

/**
 * What checkout needs from a payment provider. The reference gateway below
 * implements it in-process; a real provider would sit behind the same methods.
 */
export interface PaymentGateway {
  authorize(request: AuthorizeRequest): Promise<AuthorizeOutcome>;
  /** Releases the hold. Idempotent; 409 when already captured. */
  void(authorizationId: string): Promise<Authorization>;
  /** Turns the hold into a charge. Idempotent; 409 when voided or declined. */
  capture(authorizationId: string): Promise<Authorization>;
}

const DECLINE_MESSAGES: Record<string, string> = {
  insufficient_funds: 'The card has insufficient funds',
  card_declined: 'The card was declined',
  expired_card: 'The card has expired',
};

/** Reference gateway: test card numbers decide the outcome; `slowMs` simulates a gateway that hangs. */
export class ReferencePaymentGateway implements PaymentGateway {
  constructor(
    private readonly repository: PaymentRepository,
    private readonly locks: KeyedMutex,
    private readonly slowMs: number,
  ) {}

  async get(id: string): Promise<Authorization> {
    const authorization = await this.repository.find(id);
    if (!authorization) throw notFound('Authorization');
    return authorization;
  }

  authorize(request: AuthorizeRequest): Promise<AuthorizeOutcome> {
    const requestHash = createHash('sha256')
      .update(
        JSON.stringify([
          request.amount.amount,
          request.amount.currency,
          cardFingerprint(request.card),
        ]),
      )
      .digest('hex');
    const key = request.idempotencyKey;
    if (key === undefined) return this.decide(request, requestHash);
    return this.locks.run(`payment:${key}`, async () => {
      const previous = await this.repository.findByKey(key);
      if (previous) {
        if (previous.requestHash !== requestHash) {
          throw new HttpError(
            422,
            'idempotency_key_reused',
            'This idempotencyKey was already used with a different request',
          );
        }
        return outcomeOf(previous.authorization, true);
      }
      return this.decide(request, requestHash);
    });
  }

  private async decide(request: AuthorizeRequest, requestHash: string): Promise<AuthorizeOutcome> {
    const { card } = request;
    let declineCode: string | undefined;
    if (card.number === TEST_CARDS.slowGateway) await sleep(this.slowMs);
    if (isExpired(card)) declineCode = 'expired_card';
    else if (card.number === TEST_CARDS.insufficientFunds) declineCode = 'insufficient_funds';
    else if (card.number !== TEST_CARDS.success && card.number !== TEST_CARDS.slowGateway)
      declineCode = 'card_declined';
    const authorization = await this.repository.insert({
      id: `auth_${randomId(12)}`,
      idempotencyKey: request.idempotencyKey,
      requestHash,
      amount: request.amount,
      card: summarizeCard(card),
      status: declineCode ? 'declined' : 'authorized',
      ...(declineCode ? { declineCode } : {}),
    });
    return outcomeOf(authorization, false);
  }

  async void(id: string): Promise<Authorization> {
    const voided = await this.repository.transition(id, 'authorized', 'voided');
    if (voided) return voided;
    const current = await this.get(id);
    if (current.status === 'voided') return current;
    throw new HttpError(
      409,
      `authorization_${current.status}`,
      `Authorization is ${current.status} and cannot be voided`,
    );
  }

  async capture(id: string): Promise<Authorization> {
    const captured = await this.repository.transition(id, 'authorized', 'captured');
    if (captured) return captured;
    const current = await this.get(id);
    if (current.status === 'captured') return current;
    throw new HttpError(
      409,
      `authorization_${current.status}`,
      `Authorization is ${current.status} and cannot be captured`,
    );
  }

  /** Charges are captured authorizations. */
  async stats(): Promise<{ charges: number; byStatus: Record<Authorization['status'], number> }> {
    const byStatus = await this.repository.countByStatus();
    return { charges: byStatus.captured, byStatus };
  }
}

function outcomeOf(authorization: Authorization, replayed: boolean): AuthorizeOutcome {
  if (authorization.status === 'declined') {
    const code = authorization.declineCode ?? 'card_declined';
    return {
      status: 'declined',
      code,
      message: DECLINE_MESSAGES[code] ?? 'The card was declined',
      authorization,
      replayed,
    };
  }
  return { status: 'authorized', authorization, replayed };
}
