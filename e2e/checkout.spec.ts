import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addToCartAndOpenDrawer, cartDrawer, openProductWithSizes } from './support/cart';
import {
  CARDS,
  checkoutToPayment,
  payWith,
  paymentStats,
  serviceCart,
  stockOf,
} from './support/checkout';
import { stack } from './support/stack';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectAccessible(page: import('@playwright/test').Page) {
  // After a client navigation Next streams the new page's metadata behind its content: the
  // title is part of what is checked, so wait for it rather than judge a page half-arrived.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
    ),
  ).toEqual([]);
}

test('the full journey: two variants, a quantity change, checkout, pay, confirmation, and the order in the services', async ({
  page,
  request,
}) => {
  const product = await openProductWithSizes(page, request);
  await addToCartAndOpenDrawer(page, 'first');
  await page.keyboard.press('Escape');
  await addToCartAndOpenDrawer(page, 'last');
  const drawer = cartDrawer(page);
  await expect(drawer.locator('li')).toHaveCount(2);
  await drawer
    .getByRole('button', { name: `Increase quantity of ${product.name}` })
    .first()
    .click();
  await expect(page.getByTestId('cart-count')).toHaveText('3');
  await expect(drawer.getByText('Shipping from $5.00')).toBeVisible();
  await expectAccessible(page);
  await drawer.getByRole('link', { name: 'Checkout' }).click();
  await expect(page).toHaveURL(/\/checkout\/contact$/);
  await expectAccessible(page);

  const before = await paymentStats(request);
  await checkoutToPayment(page, { express: true });
  await expectAccessible(page);
  await payWith(page, CARDS.ok);
  await expectAccessible(page);
  await expect(page.getByText('Express')).toBeVisible();
  await expect(page.getByText('VISA ending in 4242')).toBeVisible();
  const cart = await serviceCart(page, request);
  await page.getByRole('button', { name: 'Place order' }).click();

  await expect(page).toHaveURL(/\/en-US\/order\/ORD-[A-Z0-9]{6}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your order');
  await expectAccessible(page);
  const orderId = page.url().split('/').pop()!;
  const order = await (await request.get(`${stack.servicesUrl}/checkout/orders/${orderId}`)).json();
  expect(order).toMatchObject({
    status: 'confirmed',
    currency: 'USD',
    email: 'ada@example.com',
    shippingMethod: 'express',
  });
  expect(
    order.lines.map((line: { sku: string; quantity: number }) => [line.sku, line.quantity]),
  ).toEqual(cart.lines.map((line: { sku: string; quantity: number }) => [line.sku, line.quantity]));
  expect(
    order.lines.reduce((sum: number, line: { quantity: number }) => sum + line.quantity, 0),
  ).toBe(3);
  // California's 7.25 % on the goods (its delivery charges are exempt), added on top.
  const salesTax = Math.floor((cart.subtotal.amount * 72_500 * 2 + 1_000_000) / 2_000_000);
  expect(order.tax).toMatchObject({ included: false, total: { amount: salesTax } });
  expect(order.total.amount).toBe(cart.subtotal.amount + 1_500 + salesTax);
  await expect(page.locator('[data-tax-line="US-CA"] dt')).toHaveText('Sales tax CA (7.25%)');
  await expect(
    page.getByText(
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
        order.total.amount / 100,
      ),
    ),
  ).toBeVisible();
  expect((await paymentStats(request)).charges).toBe(before.charges + 1);

  // The cart is closed and forgotten: the badge is empty and the next add starts a new cart.
  await expect(page.getByTestId('cart-count')).toHaveCount(0);
  expect((await page.context().cookies()).some((cookie) => cookie.name === 'cart')).toBe(false);
});

for (const [name, card, message] of [
  [
    'declined',
    CARDS.declined,
    'Your card was declined (insufficient funds). Nothing was charged and your cart is unchanged. Please use another card.',
  ],
  [
    'timed out',
    CARDS.slow,
    'The bank did not answer in time. Nothing was charged and your cart is unchanged. Please try again or use another card.',
  ],
] as const) {
  test(`a ${name} payment says so, keeps the cart and releases the stock; another card then succeeds`, async ({
    page,
    request,
  }) => {
    await openProductWithSizes(page, request, 1);
    await addToCartAndOpenDrawer(page);
    await checkoutToPayment(page);
    const cart = await serviceCart(page, request);
    const stock = await stockOf(request, cart.lines);
    const before = await paymentStats(request);
    await payWith(page, card);
    await page.getByRole('button', { name: 'Place order' }).click();

    await expect(page).toHaveURL(/\/checkout\/payment\?error=/);
    await expect(page.locator('main [role="alert"]')).toHaveText(message);
    const after = await serviceCart(page, request);
    expect(after).toMatchObject({ status: 'open', version: cart.version, lines: cart.lines });
    expect(await stockOf(request, cart.lines)).toEqual(stock);
    expect((await paymentStats(request)).charges).toBe(before.charges);

    await payWith(page, CARDS.ok);
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page).toHaveURL(/\/order\/ORD-/);
  });
}

test('a double submit of the review places one order and charges once', async ({
  page,
  request,
}) => {
  await openProductWithSizes(page, request, 2);
  await addToCartAndOpenDrawer(page);
  await checkoutToPayment(page);
  await payWith(page, CARDS.ok);
  const before = await paymentStats(request);
  const cart = await serviceCart(page, request);
  // Two submits in the same task, before React can disable the button: both carry the same key.
  await page.getByRole('button', { name: 'Place order' }).evaluate((button: HTMLButtonElement) => {
    button.form!.requestSubmit();
    button.form!.requestSubmit();
  });
  await expect(page).toHaveURL(/\/order\/ORD-/);
  expect((await paymentStats(request)).charges).toBe(before.charges + 1);
  const closed = await (await request.get(`${stack.servicesUrl}/cart/carts/${cart.id}`)).json();
  expect(closed.status).toBe('ordered');
  expect(closed.orderId).toBe(page.url().split('/').pop());

  // A tab still holding the old cart's cookie starts a new cart on its next add.
  await page.context().addCookies([{ name: 'cart', value: cart.id, url: stack.storefrontUrl }]);
  await openProductWithSizes(page, request, 2);
  await addToCartAndOpenDrawer(page);
  const next = await serviceCart(page, request);
  expect(next.id).not.toBe(cart.id);
  expect(next).toMatchObject({ status: 'open', itemCount: 1 });
});

test('an order is shown only to its shopper; order lookup by number and email grants it', async ({
  page,
  request,
  browser,
}) => {
  await openProductWithSizes(page, request, 3);
  await addToCartAndOpenDrawer(page);
  await checkoutToPayment(page, { email: 'grace@example.com' });
  await payWith(page, CARDS.ok);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/order\/ORD-/);
  const orderId = page.url().split('/').pop()!;

  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  expect((await other.goto(`/en-US/order/${orderId}`))?.status()).toBe(404);
  await other.goto('/en-US/order/lookup');
  await expectAccessible(other);
  await other.getByLabel('Order number').fill(orderId);
  await other.getByLabel('Email').fill('someone@example.com');
  await other.getByRole('button', { name: 'Find order' }).click();
  await expect(other.locator('main [role="alert"]')).toHaveText(
    'We could not find an order with that number and email address.',
  );
  await other.getByLabel('Email').fill(' Grace@Example.com ');
  await other.getByRole('button', { name: 'Find order' }).click();
  await expect(other).toHaveURL(new RegExp(`/order/${orderId}$`));
  await expect(other.locator('main').getByText(orderId, { exact: true })).toBeVisible();
  await stranger.close();
});

test('without JavaScript the server validates every step and answers in the shopper language', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const [product] = await (
    await request.get(
      `${stack.servicesUrl}/catalog/products?category=c003&sort=popular&limit=5&locale=de-DE&currency=EUR`,
    )
  )
    .json()
    .then((r) => r.items.slice(4));
  await page.goto(`/de-DE/p/${product.slug}`);
  await page
    .getByRole('group', { name: 'Größe' })
    .locator('input:not([disabled])')
    .first()
    .check({ force: true });
  await page.getByRole('button', { name: 'In den Warenkorb' }).click();
  await expect(page).toHaveURL(/\/de-DE\/cart$/);
  await page.getByRole('link', { name: 'Zur Kasse' }).click();
  await expect(page).toHaveURL(/\/checkout\/contact$/);
  await page.getByLabel('E-Mail').fill('not-an-email');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.locator('#field-email-error')).toHaveText(
    'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  );
  await expect(page.getByLabel('E-Mail')).toHaveValue('not-an-email');
  await page.getByLabel('E-Mail').fill('ada@example.de');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page).toHaveURL(/\/checkout\/address$/);
  await page.getByLabel('Vollständiger Name').fill('Ada Lovelace');
  await page.getByLabel('Straße und Hausnummer').fill('Unter den Linden 1');
  await page.getByLabel('Stadt').fill('Berlin');
  await page.getByLabel('Postleitzahl').fill('1011');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.locator('#field-postalCode-error')).toHaveText(
    'Geben Sie eine gültige Postleitzahl für das gewählte Land ein.',
  );
  await expect(page.getByLabel('Stadt')).toHaveValue('Berlin');
  // A later step cannot be opened before the earlier ones are answered.
  await page.goto('/de-DE/checkout/review');
  await expect(page).toHaveURL(/\/checkout\/address$/);
  await context.close();
});

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(
  page: import('@playwright/test').Page,
  target: import('@playwright/test').Locator,
) {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('the whole purchase works by keyboard alone', async ({ page, request }) => {
  await openProductWithSizes(page, request, 4);
  const sizes = page.getByRole('group', { name: 'Size' });
  await tabTo(page, sizes.locator('input:not([disabled])').first());
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Add to cart' }));
  await page.keyboard.press('Enter');
  const drawer = cartDrawer(page);
  await expect(drawer).toBeVisible();
  // The modal drawer takes focus, so the next Tab stays inside it.
  await expect
    .poll(() => drawer.evaluate((dialog) => dialog.contains(document.activeElement)))
    .toBe(true);
  await tabTo(page, drawer.getByRole('button', { name: /^Increase quantity/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cart-count')).toHaveText('2');
  await tabTo(page, drawer.getByRole('link', { name: 'Checkout' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/checkout\/contact$/);
  await tabTo(page, page.getByLabel('Email'));
  await page.keyboard.type('keys@example.com');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/checkout\/address$/);
  for (const [label, text] of [
    ['Full name', 'Kay Board'],
    ['Street address', '2 Tab Way'],
    ['City', 'Enterville'],
    // A focused select picks the option whose name is typed, as in every browser.
    ['State', 'California'],
    ['ZIP code', '10001'],
  ]) {
    await tabTo(page, page.getByLabel(label!));
    await page.keyboard.type(text!);
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/checkout\/shipping$/);
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/checkout\/payment$/);
  for (const [label, text] of [
    ['Card number', CARDS.ok],
    ['Expiry date (MM/YY)', '12/30'],
    ['Security code (CVC)', '321'],
  ]) {
    await tabTo(page, page.getByLabel(label!));
    await page.keyboard.type(text!);
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/checkout\/review$/);
  await tabTo(page, page.getByRole('button', { name: 'Place order' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/order\/ORD-/);
});
