import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGLITE } from '../testing/test-backends';
import { startTestMailbox } from '../testing/test-mailbox';
import { startTestServices, type TestServices } from '../testing/test-services';

const POLL_MS = 30;

describe('order confirmation mail', () => {
  let services: TestServices;
  let mailbox: Awaited<ReturnType<typeof startTestMailbox>>;
  let sku: string;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    services = await startTestServices({
      ...(await PGLITE.fresh()),
      catalogSize: 200,
      smtpUrl: mailbox.smtpUrl,
      mailPollMs: POLL_MS,
      storefrontUrl: 'https://shop.example',
    });
    const { body } = await services.request('GET', '/inventory/products/p000003');
    sku = body.items.find((item: { available: number }) => item.available > 10).sku;
  });
  afterAll(async () => {
    await services.close();
    await mailbox.close();
  });

  /** Places the same order twice under one idempotency key; the second is a replay. */
  async function placeTwice(email: string, locale: string, payment?: object) {
    const { body: cart } = await services.request('POST', `/cart/carts?locale=${locale}`, {
      body: { currency: 'EUR' },
    });
    const added = await services.request('POST', `/cart/carts/${cart.id}/lines?locale=${locale}`, {
      body: { sku, quantity: 2 },
    });
    expect(added.status).toBe(200);
    const body = { cartId: cart.id, email, locale, ...(payment ? { payment } : {}) };
    const headers = { 'idempotency-key': `mail-${email}` };
    const first = await services.request('POST', '/checkout/orders', { body, headers });
    const replay = await services.request('POST', '/checkout/orders', { body, headers });
    expect([first.status, replay.status], JSON.stringify(first.body)).toEqual([201, 200]);
    expect(replay.headers.get('idempotency-replayed')).toBe('true');
    return first.body as { id: string };
  }

  async function expectOneMail(email: string, pattern: RegExp) {
    await mailbox.waitFor(email, pattern);
    // Several more polls: a second mail for the order would have been sent by now.
    await sleep(POLL_MS * 10);
    return mailbox.received.filter((mail) => mail.to === email);
  }

  it('mails one confirmation for an unpaid order, even when the request is replayed', async () => {
    const order = await placeTwice('unpaid@example.com', 'fr-FR');
    const mails = await expectOneMail('unpaid@example.com', /commande/);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(`Votre commande ${order.id} est confirmée`);
    expect(mails[0]?.text).toContain(`https://shop.example/fr-FR/order/${order.id}`);
  });

  it('mails one confirmation for a paid order once it is captured', async () => {
    const card = { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' };
    const order = await placeTwice('paid@example.com', 'ja-JP', { card });
    const mails = await expectOneMail('paid@example.com', /注文番号/);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(order.id);
  });
});
