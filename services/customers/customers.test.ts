import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/test-backends';
import { startTestMailbox } from '../testing/test-mailbox';
import { placeTestOrder } from '../testing/test-orders';
import { startTestServices, TEST_ADMIN_TOKEN, type TestServices } from '../testing/test-services';

const client = { ip: '203.0.113.7', userAgent: 'vitest' };
const PASSWORD = 'correct horse battery staple';
let counter = 0;
const newEmail = (label: string) => `${label}-${++counter}-${Date.now()}@example.com`;

describe.each(TEST_BACKENDS)('$name', (backend) => {
  let services: TestServices;
  let mailbox: Awaited<ReturnType<typeof startTestMailbox>>;
  let sku: string;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    services = await startTestServices({
      ...(await backend.fresh()),
      catalogSize: 200,
      smtpUrl: mailbox.smtpUrl,
      mailPollMs: 50,
      storefrontUrl: 'http://localhost:3999',
    });
    const { body } = await services.request('GET', '/inventory/products/p000002');
    sku = body.items.find((item: { available: number }) => item.available > 10).sku;
  });
  afterAll(async () => {
    await services.close();
    await mailbox.close();
  });

  const post = (path: string, body: unknown, token?: string) =>
    services.request('POST', path, {
      body,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const get = (path: string, token: string) =>
    services.request('GET', path, { headers: { authorization: `Bearer ${token}` } });

  async function signUp(email: string, locale = 'en-US'): Promise<string> {
    expect((await post('/customers/sign-up', { email, locale, client })).status).toBe(202);
    const [, token] = await mailbox.waitFor(email, /sign-up\/complete\?token=([\w-]+)/);
    const completed = await post('/customers/sign-up/complete', {
      token,
      password: PASSWORD,
      client,
    });
    expect(completed.status).toBe(201);
    return completed.body.session.token;
  }

  async function placeOrder(email: string, customerId?: string) {
    const placed = await placeTestOrder(services, sku, {
      currency: 'USD',
      email,
      locale: 'en-US',
      shippingAddress: {
        name: 'Ada Lovelace',
        line1: '1 Main St',
        city: 'Springfield',
        region: 'CA',
        postalCode: '94107',
        country: 'US',
      },
      ...(customerId ? { customerId } : {}),
    });
    return placed.id as string;
  }

  it('signs up from the mailed link, signs in and out', async () => {
    const email = newEmail('ada');
    const token = await signUp(email);
    const me = await get('/customers/me', token);
    expect(me.body.customer).toMatchObject({ email, emailVerified: true, hasPassword: true });
    expect((await post('/customers/sessions', { email, password: PASSWORD, client })).status).toBe(
      201,
    );
    expect(
      (
        await services.request('DELETE', '/customers/me/session', {
          headers: { authorization: `Bearer ${token}` },
        })
      ).status,
    ).toBe(204);
    expect((await get('/customers/me', token)).status).toBe(401);
  });

  it('answers sign-up and reset the same for a known and an unknown address', async () => {
    const known = newEmail('known');
    await signUp(known);
    const unknown = newEmail('unknown');
    for (const path of ['/customers/sign-up', '/customers/password-resets']) {
      const answers = await Promise.all(
        [known, unknown].map((email) => post(path, { email, locale: 'de-DE', client })),
      );
      expect(answers.map((answer) => [answer.status, answer.body])).toEqual([
        [202, {}],
        [202, {}],
      ]);
    }
    await mailbox.waitFor(known, /\/de-DE\/account\/sign-in/);
    await mailbox.waitFor(known, /reset\/complete\?token=/);
  });

  it('refuses a wrong password like an unknown e-mail, then limits attempts with Retry-After', async () => {
    const email = newEmail('limited');
    await signUp(email);
    const wrong = await post('/customers/sessions', { email, password: 'nope', client });
    const nobody = await post('/customers/sessions', {
      email: newEmail('nobody'),
      password: 'nope',
      client,
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'invalid_credentials']);
    expect([nobody.status, nobody.body.error.code]).toEqual([401, 'invalid_credentials']);
    let limited;
    for (let attempt = 0; attempt < 12 && !limited; attempt++) {
      const answer = await post('/customers/sessions', { email, password: 'nope', client });
      if (answer.status === 429) limited = answer;
    }
    expect(limited?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited?.body.error.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('uses a link once', async () => {
    const email = newEmail('once');
    await post('/customers/sign-up', { email, locale: 'en-US', client });
    const [, token] = await mailbox.waitFor(email, /sign-up\/complete\?token=([\w-]+)/);
    const body = { token, password: PASSWORD, client };
    expect((await post('/customers/sign-up/complete', body)).status).toBe(201);
    expect((await post('/customers/sign-up/complete', body)).status).toBe(410);
    expect((await post('/customers/sign-up/inspect', { token })).status).toBe(410);
  });

  it('signs out everywhere', async () => {
    const email = newEmail('everywhere');
    const first = await signUp(email);
    const second = (await post('/customers/sessions', { email, password: PASSWORD, client })).body
      .session.token;
    expect((await get('/customers/me/sessions', first)).body.sessions).toHaveLength(2);
    await services.request('DELETE', '/customers/me/sessions', {
      headers: { authorization: `Bearer ${second}` },
    });
    expect((await get('/customers/me', first)).status).toBe(401);
    expect((await get('/customers/me', second)).status).toBe(401);
  });

  it("never shows one customer another's order, address or wishlist", async () => {
    const aliceEmail = newEmail('alice');
    const alice = await signUp(aliceEmail);
    const bob = await signUp(newEmail('bob'));
    const aliceId = (await get('/customers/me', alice)).body.customer.id;
    const orderId = await placeOrder(aliceEmail, aliceId);
    const address = await post(
      '/customers/me/addresses',
      {
        name: 'A',
        line1: '1 Main St',
        city: 'X',
        region: 'CA',
        postalCode: '94107',
        country: 'US',
      },
      alice,
    );
    await services.request('PUT', '/customers/me/wishlist/p000003', {
      headers: { authorization: `Bearer ${alice}` },
    });

    expect((await get(`/customers/me/orders/${orderId}`, alice)).status).toBe(200);
    expect((await get(`/customers/me/orders/${orderId}`, bob)).status).toBe(404);
    expect((await get('/customers/me/orders', bob)).body.orders).toEqual([]);
    const bobAuth = { authorization: `Bearer ${bob}` };
    const guessed = `/customers/me/addresses/${address.body.id}`;
    expect((await services.request('DELETE', guessed, { headers: bobAuth })).status).toBe(404);
    expect((await get('/customers/me/addresses', alice)).body.addresses).toHaveLength(1);
    expect((await get('/customers/me/wishlist', bob)).body.items).toEqual([]);
  });

  it('attaches guest orders at sign-up and anonymizes them when the account is deleted', async () => {
    const email = newEmail('guest');
    const orderId = await placeOrder(email.toUpperCase());
    const token = await signUp(email);
    const orders = (await get('/customers/me/orders', token)).body.orders;
    expect(orders.map((order: { id: string }) => order.id)).toEqual([orderId]);

    const wrong = await services.request('DELETE', '/customers/me', {
      body: { password: 'nope' },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(wrong.status).toBe(403);
    const deleted = await services.request('DELETE', '/customers/me', {
      body: { password: PASSWORD },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(deleted.status).toBe(204);
    const kept = await services.request('GET', `/checkout/orders/${orderId}`);
    expect(kept.body.email).toBe(`deleted-${orderId}@invalid`);
    expect(kept.body.shippingAddress).toMatchObject({
      name: '(deleted)',
      line1: '(deleted)',
      city: 'Springfield',
      postalCode: '94107',
    });
    expect((await post('/customers/sessions', { email, password: PASSWORD, client })).status).toBe(
      401,
    );
  });

  it('tells a confirmed address once when a sold-out SKU is back, and never an unconfirmed one', async () => {
    const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
    const setStock = (available: number) =>
      services.request('PUT', `/admin/inventory/${sku}`, { body: { available }, headers: admin });
    await setStock(0);
    const confirmed = newEmail('confirmed');
    const unconfirmed = newEmail('unconfirmed');
    for (const email of [confirmed, unconfirmed])
      expect((await post('/customers/stock-alerts', { sku, locale: 'fr-FR', email })).status).toBe(
        202,
      );
    const [, token] = await mailbox.waitFor(confirmed, /stock-alerts\/confirm\?token=([\w-]+)/);
    expect((await post('/customers/stock-alerts/confirm', { token })).body).toEqual({ sku });

    await setStock(5);
    await setStock(0);
    await setStock(7);
    await mailbox.waitFor(confirmed, /\/fr-FR\/p\//);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const backInStock = (to: string) =>
      mailbox.received.filter((mail) => mail.to === to && /\/fr-FR\/p\//.test(mail.text));
    expect(backInStock(confirmed)).toHaveLength(1);
    expect(backInStock(unconfirmed)).toHaveLength(0);
  });

  it('answers fuzzed sign-up, sign-in and completion bodies with 4xx, never 5xx', async () => {
    const bodies: unknown[] = [
      null,
      [],
      'text',
      42,
      { email: 42 },
      { email: 'a@b.co', password: ['x'], client },
      { email: 'x'.repeat(10_000), password: 'x', client },
      { email: 'a@b.co', locale: 'xx', client },
      { email: 'a@b.co', locale: 'en-US', client, extra: 1 },
      { token: null, password: 1, client },
      { token: 'abc', password: PASSWORD, passkey: { challengeId: 'x', response: {} }, client },
      { email: 'a@b.co', password: 'x', client: { ip: '' } },
    ];
    for (const path of [
      '/customers/sign-up',
      '/customers/sessions',
      '/customers/sign-up/complete',
      '/customers/password-resets',
      '/customers/sessions/passkey',
    ]) {
      for (const body of bodies) {
        const answer = await post(path, body);
        expect(answer.status, `${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${path} ${JSON.stringify(body)}`).toBeLessThan(500);
      }
    }
  });
});
