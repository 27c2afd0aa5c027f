import { describe, expect, it } from 'vitest';
import type { ContractClient } from '../contract-client';
import { berlin, cartWith, inStockSku } from './fixtures';
import type { startTestMailbox } from '../../testing/test-mailbox';
import type { components } from '@/lib/services/customers/schema';

type Mailbox = Awaited<ReturnType<typeof startTestMailbox>>;
type SignedIn = components['schemas']['SignedIn'];

const client = { ip: '198.51.100.9', userAgent: 'contract' };
const PASSWORD = 'contract passphrase';
const json = (body: unknown, token?: string) => ({
  body,
  headers: (token ? { authorization: `Bearer ${token}` } : {}) as Record<string, string>,
});
const auth = (token: string) => json(undefined, token);

export function customerScenarios(api: () => ContractClient, mailbox: () => Mailbox): void {
  /** Sign-up through the mailed link, as a shopper does; the session token. */
  async function signUp(email: string): Promise<string> {
    await api().send(202, 'POST', '/customers/sign-up', json({ email, locale: 'en-US', client }));
    const [, token] = await mailbox().waitFor(email, /sign-up\/complete\?token=([\w-]+)/);
    await api().send(200, 'POST', '/customers/sign-up/inspect', json({ token }));
    await api().send(200, 'POST', '/customers/sign-up/passkey-options', json({ token }));
    const done = await api().send<SignedIn>(
      201,
      'POST',
      '/customers/sign-up/complete',
      json({ token, password: PASSWORD, client }),
    );
    await api().send(
      410,
      'POST',
      '/customers/sign-up/complete',
      json({ token, password: PASSWORD, client }),
    );
    return done.body.session.token;
  }

  describe('customers', () => {
    it('signs up, in and out, and answers 400 / 401 / 410 / 429 as documented', async () => {
      const email = 'contract-ada@example.com';
      const token = await signUp(email);
      await api().send(
        400,
        'POST',
        '/customers/sign-up',
        json({ email: 'nope', locale: 'en-US', client }),
      );
      await api().send(400, 'POST', '/customers/sign-up/inspect', json({}));
      await api().send(410, 'POST', '/customers/sign-up/inspect', json({ token: 'unknown' }));
      await api().send(400, 'POST', '/customers/sign-up/passkey-options', json({}));
      await api().send(
        410,
        'POST',
        '/customers/sign-up/passkey-options',
        json({ token: 'unknown' }),
      );
      await api().send(400, 'POST', '/customers/sign-up/complete', json({ token: 'x', client }));
      await api().send(200, 'GET', '/customers/me', auth(token));
      await api().send(401, 'GET', '/customers/me', auth('a'.repeat(43)));
      await api().send(
        201,
        'POST',
        '/customers/sessions',
        json({ email, password: PASSWORD, client }),
      );
      await api().send(400, 'POST', '/customers/sessions', json({ email }));
      await api().send(
        401,
        'POST',
        '/customers/sessions',
        json({ email, password: 'wrong', client }),
      );
      await api().send(200, 'POST', '/customers/passkeys/challenges');
      const passkeyAnswer = {
        challengeId: 'unknown',
        response: { id: 'x', rawId: 'x', type: 'public-key', response: {} },
        client,
      };
      await api().send(401, 'POST', '/customers/sessions/passkey', json(passkeyAnswer));
      await api().send(400, 'POST', '/customers/sessions/passkey', json({ client }));

      const limited = { email: 'contract-limited@example.com', password: 'wrong', client };
      for (let attempt = 0; attempt < 10; attempt++)
        await api().send(401, 'POST', '/customers/sessions', json(limited));
      const refused = await api().send(429, 'POST', '/customers/sessions', json(limited));
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      const another = { email: 'contract-signup@example.com', locale: 'en-US', client };
      for (let attempt = 0; attempt < 3; attempt++)
        await api().send(202, 'POST', '/customers/sign-up', json(another));
      await api().send(429, 'POST', '/customers/sign-up', json(another));
    });

    it('resets a password from the mailed link, and refuses bad or used links', async () => {
      const email = 'contract-reset@example.com';
      await signUp(email);
      const reset = { email, locale: 'de-DE', client };
      await api().send(202, 'POST', '/customers/password-resets', json(reset));
      await api().send(400, 'POST', '/customers/password-resets', json({ email }));
      const [, token] = await mailbox().waitFor(email, /reset\/complete\?token=([\w-]+)/);
      const body = { token, password: 'a new contract passphrase', client };
      await api().send(201, 'POST', '/customers/password-resets/complete', json(body));
      await api().send(410, 'POST', '/customers/password-resets/complete', json(body));
      await api().send(400, 'POST', '/customers/password-resets/complete', json({ token }));
      for (let attempt = 0; attempt < 2; attempt++)
        await api().send(202, 'POST', '/customers/password-resets', json(reset));
      await api().send(429, 'POST', '/customers/password-resets', json(reset));
    });

    it('answers every /customers/me operation as documented', async () => {
      const email = 'contract-me@example.com';
      const token = await signUp(email);
      const me = (
        await api().send<{ customer: { id: string } }>(200, 'GET', '/customers/me', auth(token))
      ).body;
      const { sku } = await inStockSku(api(), 'p000002');
      const cart = await cartWith(api(), sku);
      await api().send(201, 'POST', '/checkout/orders', {
        body: { cartId: cart.id, email, shippingAddress: berlin, customerId: me.customer.id },
        headers: { 'idempotency-key': 'contract-customer-order' },
      });
      const page = await api().send<{ orders: Array<{ id: string }> }>(
        200,
        'GET',
        '/customers/me/orders?limit=5',
        auth(token),
      );
      await api().send(200, 'GET', `/customers/me/orders/${page.body.orders[0]!.id}`, auth(token));
      await api().send(404, 'GET', '/customers/me/orders/ORD-NOPE00', auth(token));
      await api().send(400, 'GET', '/customers/me/orders?limit=500', auth(token));

      const saved = await api().send<{ id: string }>(
        201,
        'POST',
        '/customers/me/addresses',
        json({ ...berlin, isDefault: true }, token),
      );
      await api().send(
        400,
        'POST',
        '/customers/me/addresses',
        json({ ...berlin, postalCode: 'x' }, token),
      );
      await api().send(200, 'PUT', `/customers/me/addresses/${saved.body.id}`, json(berlin, token));
      const tokyo = { ...berlin, country: 'JP', region: 'JP-13', postalCode: '100-0001' };
      await api().send(200, 'PUT', `/customers/me/addresses/${saved.body.id}`, json(tokyo, token));
      const noSuchPrefecture = json({ ...tokyo, region: 'JP-48' }, token);
      await api().send(400, 'POST', '/customers/me/addresses', noSuchPrefecture);
      await api().send(400, 'PUT', `/customers/me/addresses/${saved.body.id}`, json({}, token));
      await api().send(404, 'PUT', '/customers/me/addresses/adr_nope', json(berlin, token));
      await api().send(200, 'GET', '/customers/me/addresses', auth(token));
      for (let count = 1; count < 20; count++)
        await api().send(201, 'POST', '/customers/me/addresses', json(berlin, token));
      await api().send(409, 'POST', '/customers/me/addresses', json(berlin, token));
      await api().send(204, 'DELETE', `/customers/me/addresses/${saved.body.id}`, auth(token));
      await api().send(404, 'DELETE', `/customers/me/addresses/${saved.body.id}`, auth(token));

      await api().send(204, 'PUT', '/customers/me/wishlist/p000003', auth(token));
      await api().send(404, 'PUT', '/customers/me/wishlist/p999999', auth(token));
      await api().send(
        200,
        'POST',
        '/customers/me/wishlist/merge',
        json({ productIds: ['p000004'] }, token),
      );
      await api().send(
        400,
        'POST',
        '/customers/me/wishlist/merge',
        json({ productIds: 'x' }, token),
      );
      await api().send(204, 'DELETE', '/customers/me/wishlist/p000003', auth(token));
      await api().send(200, 'GET', '/customers/me/wishlist', auth(token));

      await api().send(200, 'GET', '/customers/me/passkeys', auth(token));
      await api().send(200, 'POST', '/customers/me/passkeys/options', auth(token));
      await api().send(400, 'POST', '/customers/me/passkeys', json({ challengeId: 'x' }, token));
      await api().send(404, 'DELETE', '/customers/me/passkeys/nope', auth(token));

      await api().send(
        204,
        'PUT',
        '/customers/me/password',
        json({ currentPassword: PASSWORD, newPassword: PASSWORD }, token),
      );
      await api().send(
        403,
        'PUT',
        '/customers/me/password',
        json({ currentPassword: 'wrong', newPassword: PASSWORD }, token),
      );
      await api().send(400, 'PUT', '/customers/me/password', json({ newPassword: 'short' }, token));

      await api().send(200, 'GET', '/customers/me/export', auth(token));
      const sessions = await api().send<{ sessions: Array<{ id: string }> }>(
        200,
        'GET',
        '/customers/me/sessions',
        auth(token),
      );
      await api().send(404, 'DELETE', '/customers/me/sessions/nope', auth(token));
      const second = await api().send<SignedIn>(
        201,
        'POST',
        '/customers/sessions',
        json({ email, password: PASSWORD, client }),
      );
      await api().send(
        204,
        'DELETE',
        `/customers/me/sessions/${second.body.session.id}`,
        auth(token),
      );
      expect(sessions.body.sessions).toHaveLength(1);
      await api().send(403, 'DELETE', '/customers/me', json({ password: 'wrong' }, token));
      await api().send(204, 'DELETE', '/customers/me', json({ password: PASSWORD }, token));

      const other = await signUp('contract-other@example.com');
      await api().send(204, 'DELETE', '/customers/me/session', auth(other));
      const third = await signUp('contract-third@example.com');
      await api().send(204, 'DELETE', '/customers/me/sessions', auth(third));
      for (const [method, path] of [
        ['DELETE', '/customers/me'],
        ['DELETE', '/customers/me/session'],
        ['GET', '/customers/me/sessions'],
        ['DELETE', '/customers/me/sessions'],
        ['DELETE', '/customers/me/sessions/x'],
        ['PUT', '/customers/me/password'],
        ['GET', '/customers/me/passkeys'],
        ['POST', '/customers/me/passkeys'],
        ['POST', '/customers/me/passkeys/options'],
        ['DELETE', '/customers/me/passkeys/x'],
        ['GET', '/customers/me/orders'],
        ['GET', '/customers/me/orders/ORD-NOPE00'],
        ['GET', '/customers/me/addresses'],
        ['POST', '/customers/me/addresses'],
        ['PUT', '/customers/me/addresses/x'],
        ['DELETE', '/customers/me/addresses/x'],
        ['GET', '/customers/me/wishlist'],
        ['POST', '/customers/me/wishlist/merge'],
        ['PUT', '/customers/me/wishlist/p000003'],
        ['DELETE', '/customers/me/wishlist/p000003'],
        ['GET', '/customers/me/export'],
      ] as const)
        await api().send(401, method, path, auth(third));
    });

    it('takes back-in-stock requests and confirms them from the mailed link', async () => {
      const { sku } = await inStockSku(api(), 'p000005');
      const email = 'contract-alert@example.com';
      await api().send(
        202,
        'POST',
        '/customers/stock-alerts',
        json({ sku, locale: 'fr-FR', email }),
      );
      await api().send(400, 'POST', '/customers/stock-alerts', json({ sku, locale: 'fr-FR' }));
      await api().send(
        404,
        'POST',
        '/customers/stock-alerts',
        json({ sku: 'p000005-nope-M', locale: 'fr-FR', email }),
      );
      const [, token] = await mailbox().waitFor(email, /stock-alerts\/confirm\?token=([\w-]+)/);
      await api().send(200, 'POST', '/customers/stock-alerts/confirm', json({ token }));
      await api().send(410, 'POST', '/customers/stock-alerts/confirm', json({ token }));
      await api().send(400, 'POST', '/customers/stock-alerts/confirm', json({}));
      for (let attempt = 0; attempt < 5; attempt++)
        await api().send(
          202,
          'POST',
          '/customers/stock-alerts',
          json({ sku, locale: 'fr-FR', email: 'contract-many@example.com' }),
        );
      await api().send(
        429,
        'POST',
        '/customers/stock-alerts',
        json({ sku, locale: 'fr-FR', email: 'contract-many@example.com' }),
      );
    });
  });
}
