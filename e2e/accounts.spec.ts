import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  ACCOUNT_ORIGIN,
  addVirtualAuthenticator,
  openSignUpLink,
  signInWithPassword,
  signUpWithPassword,
  uniqueEmail,
} from './support/accounts';
import { addSize, openProductWithSizes } from './support/cart';
import { CARDS, checkoutToPayment, payWith } from './support/checkout';
import { waitForMail } from './support/mail';

test.use({ baseURL: ACCOUNT_ORIGIN });

/** Adds a size and waits until the cart service has it: checkout reads the cart on the server. */
async function addedToCart(page: Page): Promise<void> {
  const saved = page.waitForResponse(
    (response) => response.url().includes('/api/cart/lines') && response.ok(),
  );
  await addSize(page);
  await saved;
}

async function placeOrder(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/order\/ORD-/);
  return /\/order\/(ORD-[A-Z0-9]+)/.exec(page.url())![1]!;
}

test('sign up with a password from the mailed link, then sign out and back in', async ({
  page,
}) => {
  const email = uniqueEmail('password');
  await signUpWithPassword(page, email);
  await expect(page.getByTestId('signed-in-dot')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/en-US$/);
  await expect(page.getByTestId('signed-in-dot')).toHaveCount(0);
  await page.goto('/en-US/account');
  await expect(page).toHaveURL(/\/account\/sign-in\?next=/);
  await signInWithPassword(page, email);
});

test('sign up with a passkey; sign back in from the e-mail field’s suggestion, then with the button', async ({
  page,
  context,
}) => {
  const authenticator = await addVirtualAuthenticator(context, page);
  const email = uniqueEmail('passkey');
  await openSignUpLink(page, email);
  await page.getByRole('button', { name: 'Create a passkey' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
  expect(await authenticator.credentials()).toHaveLength(1);

  // The sign-in page asks for a passkey as the e-mail field's autofill (conditional UI) the
  // moment it loads; Chromium's virtual authenticator answers that with its only passkey, as a
  // shopper picking it from the suggestion would.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByTestId('signed-in-dot')).toHaveCount(0);
  await page.goto('/en-US/account/sign-in');
  await expect(page.getByTestId('signed-in-as')).toContainText(email);

  // A browser without passkey autofill has the button only.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByTestId('signed-in-dot')).toHaveCount(0);
  await page.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });
  await page.goto('/en-US/account/sign-in');
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
  await page.goto('/en-US/account/security');
  await expect(page.getByTestId('passkey-list').getByRole('listitem')).toHaveCount(1);
});

test('the same answer for an address with an account and one without', async ({ page }) => {
  const known = uniqueEmail('known');
  await signUpWithPassword(page, known);
  await page.getByRole('button', { name: 'Sign out' }).click();
  for (const email of [known, uniqueEmail('unknown')]) {
    await page.goto('/en-US/account/sign-up');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.locator('main').getByRole('status')).toHaveText(
      `If ${email} can be used for a new account, a link to create it is on its way. It works for 24 hours.`,
    );
  }
  // The account's owner is told instead of getting a second account.
  await waitForMail({ to: known, subject: /already/i, timeoutMs: 20_000 });

  await page.goto('/en-US/account/sign-in');
  for (const email of [known, uniqueEmail('nobody')]) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.locator('main').getByRole('alert')).toHaveText(
      'That email and password do not match an account.',
    );
  }
});

test('an order placed signed in is in the history, its e-mail arrives, the address is saved and reused', async ({
  page,
  request,
}) => {
  const email = uniqueEmail('orders');
  await signUpWithPassword(page, email);
  await openProductWithSizes(page, request, 3);
  await addedToCart(page);
  await page.goto('/en-US/checkout');
  // Signed in, the contact step starts with the account's e-mail.
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await checkoutToPayment(page, { email });
  await payWith(page, CARDS.ok);
  const orderId = await placeOrder(page);

  const mail = await waitForMail({ to: email, subject: new RegExp(orderId), timeoutMs: 20_000 });
  expect(mail.text).toContain(orderId);

  await page.goto('/en-US/account/orders');
  const row = page.getByTestId('order-list').getByRole('row', { name: new RegExp(orderId) });
  await expect(row).toBeVisible();
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(orderId);

  await page.goto('/en-US/account/addresses');
  await expect(page.getByTestId('address-book')).toContainText('1 Main St');

  // The next checkout starts from the saved address.
  await openProductWithSizes(page, request, 4);
  await addedToCart(page);
  await page.goto('/en-US/checkout');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/checkout\/address$/);
  await expect(page.getByLabel('Street address')).toHaveValue('1 Main St');
});

test('buy again puts the order back into the cart', async ({ page, request }) => {
  const email = uniqueEmail('again');
  await signUpWithPassword(page, email);
  await openProductWithSizes(page, request, 5);
  await addedToCart(page);
  await checkoutToPayment(page, { email });
  await payWith(page, CARDS.ok);
  const orderId = await placeOrder(page);
  await page.goto(`/en-US/account/orders/${orderId}`);
  await page.getByRole('button', { name: 'Buy again' }).click();
  await expect(page.locator('main').getByRole('status')).toContainText(
    '1 item added to your cart.',
  );
});

test('sign out everywhere ends the session of the other browser', async ({ browser, page }) => {
  const email = uniqueEmail('everywhere');
  await signUpWithPassword(page, email);
  const other = await browser.newContext({ baseURL: ACCOUNT_ORIGIN });
  const otherPage = await other.newPage();
  await signInWithPassword(otherPage, email);

  await page.goto('/en-US/account/security');
  await expect(page.getByTestId('session-list').getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/account\/sign-in/);

  await otherPage.goto('/en-US/account');
  await expect(otherPage).toHaveURL(/\/account\/sign-in/);
  await other.close();
});

test("one shopper cannot open another's order by its number", async ({
  page,
  browser,
  request,
}) => {
  const owner = uniqueEmail('owner');
  await signUpWithPassword(page, owner);
  await openProductWithSizes(page, request, 6);
  await addedToCart(page);
  await checkoutToPayment(page, { email: owner });
  await payWith(page, CARDS.ok);
  const orderId = await placeOrder(page);

  const other = await browser.newContext({ baseURL: ACCOUNT_ORIGIN });
  const otherPage = await other.newPage();
  await signUpWithPassword(otherPage, uniqueEmail('snoop'));
  const response = await otherPage.goto(`/en-US/account/orders/${orderId}`);
  expect(response?.status()).toBe(404);
  await other.close();
});

test('account pages are private and never stored; product pages are the same document signed in', async ({
  page,
  request,
}) => {
  const [product] = await (
    await request.get('http://127.0.0.1:4110/catalog/products?limit=1&locale=en-US&sort=popular')
  )
    .json()
    .then((body: { items: Array<{ slug: string }> }) => body.items);
  const path = `/en-US/p/${product!.slug}`;
  const anonymous = await (await request.get(path)).text();

  await signUpWithPassword(page, uniqueEmail('cache'));
  const signedIn = await page.context().request.get(path);
  expect(await signedIn.text()).toBe(anonymous);

  const account = await page.context().request.get('/en-US/account');
  expect(account.headers()['cache-control']).toMatch(/private/);
  expect(account.headers()['cache-control']).toMatch(/no-store/);
});

test('the account pages have no WCAG 2.1 AA violations', async ({ page }) => {
  for (const path of ['/en-US/account/sign-in', '/de-DE/account/sign-up', '/ja-JP/account/reset']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} ${v.help}`)).toEqual([]);
  }
  await signUpWithPassword(page, uniqueEmail('axe'));
  for (const section of ['', '/orders', '/addresses', '/security', '/data']) {
    const path = `/fr-FR/account${section}`;
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} ${v.help}`)).toEqual([]);
  }
});

/** The server action ids a page hands a browser for its forms, in page order. */
async function actionIds(page: Page, path: string): Promise<string[]> {
  const html = await (await page.context().request.get(path)).text();
  return [
    ...html.matchAll(/name="\$ACTION_\d+:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/g),
  ].map((match) => match[1]!);
}

test('fuzzed sign-in and sign-up posts get the forms’ own answers or 4xx, never a 5xx', async ({
  page,
  request,
}) => {
  const bodies = [
    '["x","y"]',
    '[1]',
    '{}',
    '[{}, {"email": ["a"], "password": {"$": 1}}]',
    `[{}, "${'x'.repeat(70_000)}"]`,
    '[null, null, null, null, null]',
    'not json at all',
  ];
  for (const path of ['/en-US/account/sign-in', '/en-US/account/sign-up', '/en-US/account/reset']) {
    const [id] = await actionIds(page, path);
    expect(id, `${path} has a form action`).toBeTruthy();
    for (const data of bodies) {
      const response = await request.post(path, {
        headers: {
          'next-action': id!,
          'content-type': 'text/plain;charset=UTF-8',
          accept: 'text/x-component',
        },
        data,
      });
      expect(response.status(), `${path} ${data.slice(0, 40)}`).toBeLessThan(500);
    }
  }
  // The service's own endpoints, straight: bad bodies are 4xx with a reason.
  for (const [path, data] of [
    ['/customers/sessions', { email: 42, password: [] }],
    ['/customers/sessions', { email: 'a@b.c', password: 'x'.repeat(10_000), client: {} }],
    ['/customers/sign-up', { email: 'not-an-email', locale: 'xx-XX' }],
    ['/customers/sign-up', { email: 'a@example.com', locale: 'en-US', extra: true }],
    ['/customers/sign-up/complete', { token: null, password: 1 }],
  ] as const) {
    const response = await request.post(`http://127.0.0.1:4110${path}`, { data });
    expect(
      response.status(),
      `${path} ${JSON.stringify(data).slice(0, 60)}`,
    ).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
  }
});

test('an account action posted from another site is refused with 403', async ({
  page,
  request,
}) => {
  const [id] = await actionIds(page, '/en-US/account/sign-in');
  const response = await request.post('/en-US/account/sign-in', {
    headers: {
      'next-action': id!,
      origin: 'https://evil.example',
      'content-type': 'text/plain;charset=UTF-8',
    },
    data: '[{},"x"]',
  });
  expect(response.status()).toBe(403);
});
