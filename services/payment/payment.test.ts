import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/test-backends';
import { startTestServices, type TestServices } from '../testing/test-services';

describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;

  beforeAll(async () => {
    services = await startTestServices({
      ...(await backend.fresh()),
      catalogSize: 200,
      paymentSlowMs: 50,
    });
  });
  afterAll(() => services.close());

  const card = (number: string) => ({ number, expMonth: 12, expYear: 2040, cvc: '123' });
  const amount = { amount: 1999, currency: 'USD' };

  describe('payment', () => {
    it('authorizes, captures once and counts the charge', async () => {
      const before = (await services.request('GET', '/payment/stats')).body.charges;
      const auth = await services.request('POST', '/payment/authorizations', {
        body: { amount, card: card('4242424242424242') },
      });
      expect(auth.status).toBe(201);
      expect(auth.body).toMatchObject({
        status: 'authorized',
        amount,
        card: { brand: 'visa', last4: '4242' },
      });
      expect(JSON.stringify(auth.body)).not.toContain('4242424242424242');
      const captured = await services.request(
        'POST',
        `/payment/authorizations/${auth.body.id}/capture`,
      );
      expect(captured.body.status).toBe('captured');
      expect(
        (await services.request('POST', `/payment/authorizations/${auth.body.id}/capture`)).status,
      ).toBe(200);
      const voidCaptured = await services.request(
        'POST',
        `/payment/authorizations/${auth.body.id}/void`,
      );
      expect(voidCaptured.status).toBe(409);
      expect((await services.request('GET', '/payment/stats')).body.charges).toBe(before + 1);
    });

    it('voids an authorization, which then cannot be captured', async () => {
      const auth = await services.request('POST', '/payment/authorizations', {
        body: { amount, card: card('4242424242424242') },
      });
      expect(
        (await services.request('POST', `/payment/authorizations/${auth.body.id}/void`)).body
          .status,
      ).toBe('voided');
      expect(
        (await services.request('POST', `/payment/authorizations/${auth.body.id}/void`)).status,
      ).toBe(200);
      const capture = await services.request(
        'POST',
        `/payment/authorizations/${auth.body.id}/capture`,
      );
      expect(capture.status).toBe(409);
      expect(capture.body.error.code).toBe('authorization_voided');
    });

    it('declines with the gateway reason', async () => {
      const funds = await services.request('POST', '/payment/authorizations', {
        body: { amount, card: card('4000000000009995') },
      });
      expect(funds.status).toBe(402);
      expect(funds.body.error.code).toBe('insufficient_funds');
      const other = await services.request('POST', '/payment/authorizations', {
        body: { amount, card: card('5555555555554444') },
      });
      expect(other.status).toBe(402);
      expect(other.body.error.code).toBe('card_declined');
    });

    it('answers the slow card after paymentSlowMs', async () => {
      const slow = await services.request('POST', '/payment/authorizations', {
        body: { amount, card: card('4000000000000119') },
      });
      expect(slow.status).toBe(201);
    });

    it('replays by idempotencyKey and refuses a different request with it', async () => {
      const body = { amount, card: card('4242424242424242'), idempotencyKey: 'pay-key-000001' };
      const [first, second] = await Promise.all([
        services.request('POST', '/payment/authorizations', { body }),
        services.request('POST', '/payment/authorizations', { body }),
      ]);
      expect([first?.status, second?.status].sort()).toEqual([200, 201]);
      expect(first?.body.id).toBe(second?.body.id);
      const reused = await services.request('POST', '/payment/authorizations', {
        body: { ...body, amount: { amount: 1, currency: 'USD' } },
      });
      expect(reused.status).toBe(422);
    });

    it('rejects malformed input with 400 and unknown authorizations with 404', async () => {
      for (const bad of [
        { amount, card: { ...card('4242'), number: '4242' } },
        { amount, card: { ...card('4242424242424242'), cvc: '1' } },
        { amount, card: { ...card('4242424242424242'), expMonth: 13 } },
        { amount: { amount: -1, currency: 'USD' }, card: card('4242424242424242') },
        { card: card('4242424242424242') },
      ]) {
        expect(
          (await services.request('POST', '/payment/authorizations', { body: bad })).status,
          JSON.stringify(bad),
        ).toBe(400);
      }
      expect(
        (await services.request('POST', '/payment/authorizations/auth_nope/capture')).status,
      ).toBe(404);
    });
  });
});
