import { describe, it } from 'vitest';
import { OVERSIZED_BODY, type ContractClient } from '../contract-client';
import { card, DECLINED_CARD, SUCCESS_CARD } from './fixtures';
import type { components } from '@/lib/services/payment/schema';

type Authorization = components['schemas']['Authorization'];

const amount = { amount: 1_999, currency: 'EUR' };

export function paymentScenarios(client: () => ContractClient): void {
  describe('payment', () => {
    it('tokenizes cards as documented, and 400 with fields / 413', async () => {
      const api = client();
      await api.send(201, 'POST', '/payment/methods', { body: { card: card(SUCCESS_CARD) } });
      const badCard = { card: { number: '4242 4242 4242 4241', expMonth: 13, expYear: 2040 } };
      await api.send(400, 'POST', '/payment/methods', { body: badCard });
      await api.send(413, 'POST', '/payment/methods', { body: OVERSIZED_BODY });
    });

    it('authorizes, replays and declines as documented, and 400 / 422', async () => {
      const api = client();
      const authorize = (body: unknown) => ({ body });
      const once = { amount, card: card(SUCCESS_CARD), idempotencyKey: 'contract-auth-01' };
      await api.send(201, 'POST', '/payment/authorizations', authorize(once));
      await api.send(200, 'POST', '/payment/authorizations', authorize(once));
      const reused = { ...once, amount: { amount: 1, currency: 'EUR' } };
      await api.send(422, 'POST', '/payment/authorizations', authorize(reused));
      const declined = { amount, card: card(DECLINED_CARD) };
      await api.send(402, 'POST', '/payment/authorizations', authorize(declined));
      const noCard = { amount };
      await api.send(400, 'POST', '/payment/authorizations', authorize(noCard));
      await api.send(413, 'POST', '/payment/authorizations', authorize(OVERSIZED_BODY));
    });

    it('reads, captures and voids as documented, and 404 / 409 for the wrong state', async () => {
      const api = client();
      const create = () =>
        api.send<Authorization>(201, 'POST', '/payment/authorizations', {
          body: { amount, card: card(SUCCESS_CARD) },
        });
      const captured = (await create()).body.id;
      await api.send(200, 'GET', `/payment/authorizations/${captured}`);
      await api.send(200, 'POST', `/payment/authorizations/${captured}/capture`);
      await api.send(200, 'POST', `/payment/authorizations/${captured}/capture`);
      await api.send(409, 'POST', `/payment/authorizations/${captured}/void`);
      const voided = (await create()).body.id;
      await api.send(200, 'POST', `/payment/authorizations/${voided}/void`);
      await api.send(200, 'POST', `/payment/authorizations/${voided}/void`);
      await api.send(409, 'POST', `/payment/authorizations/${voided}/capture`);
      await api.send(404, 'GET', '/payment/authorizations/auth_nope');
      await api.send(404, 'POST', '/payment/authorizations/auth_nope/capture');
      await api.send(404, 'POST', '/payment/authorizations/auth_nope/void');
      await api.send(200, 'GET', '/payment/stats');
    });
  });
}
