import { expect, test } from '@playwright/test';
import {
  addSize,
  addToCartAndOpenDrawer,
  cartDrawer,
  openProduct,
  openProductWithSizes,
} from './support/cart';
import { admin, listProducts } from './support/services';
import { stack } from './support/stack';

test('add to cart opens the drawer with the badge counted; the stepper and remove follow', async ({
  page,
  request,
}) => {
  const product = await openProductWithSizes(page, request);
  await addToCartAndOpenDrawer(page);
  const drawer = cartDrawer(page);
  await expect(drawer.locator('li')).toContainText(product.name);
  await expect(page.getByTestId('cart-count')).toHaveText('1');

  await drawer.getByRole('button', { name: `Increase quantity of ${product.name}` }).click();
  await expect(
    drawer.getByRole('group', { name: `Quantity of ${product.name}` }).locator('output'),
  ).toHaveText('2');
  await expect(page.getByTestId('cart-count')).toHaveText('2');
  await expect(drawer.getByText('2 items')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await page.goto('/en-US/cart');
  await expect(page.locator('main').getByText('2 items')).toBeVisible();
  await page.getByRole('button', { name: `Remove ${product.name}` }).click();
  await expect(page.getByText('Your cart is empty.')).toBeVisible();
  await expect(page.getByTestId('cart-count')).toHaveCount(0);
});

test('a refused change rolls back with the reason; a line removed elsewhere disappears', async ({
  page,
  request,
  context,
}) => {
  const product = await openProductWithSizes(page, request);
  await addToCartAndOpenDrawer(page);
  const cartId = (await context.cookies()).find((cookie) => cookie.name === 'cart')!.value;
  const stored = await (await request.get(`${stack.servicesUrl}/cart/carts/${cartId}`)).json();
  const sku = stored.lines[0].sku as string;
  const stock = await (
    await request.get(`${stack.servicesUrl}/inventory/products/${product.id}`)
  ).json();
  const available = stock.items.find((item: { sku: string }) => item.sku === sku)
    .available as number;
  await admin(request, 'PUT', `/inventory/${sku}`, { available: 1 });
  try {
    const drawer = cartDrawer(page);
    await drawer.getByRole('button', { name: `Increase quantity of ${product.name}` }).click();
    await expect(drawer.getByRole('alert')).toHaveText(
      'Not enough stock for that quantity. Your cart was put back as it was.',
    );
    await expect(
      drawer.getByRole('group', { name: `Quantity of ${product.name}` }).locator('output'),
    ).toHaveText('1');
    await expect(page.getByTestId('cart-count')).toHaveText('1');

    // Another tab (same cookie) removes the line: this drawer's next change is refused and the line goes.
    await page.request.delete(`/api/cart/lines/${stored.lines[0].id}?locale=en-US`);
    await drawer.getByRole('button', { name: `Remove ${product.name}` }).click();
    await expect(drawer.getByRole('alert')).toHaveText('That item is no longer in your cart.');
    await expect(drawer.getByText('Your cart is empty.')).toBeVisible();
    await expect(page.getByTestId('cart-count')).toHaveCount(0);
  } finally {
    await admin(request, 'PUT', `/inventory/${sku}`, { available });
  }
});

test('the cart cookie is httpOnly, SameSite=Lax, set by the action and never on cached pages', async ({
  page,
  request,
  context,
}) => {
  const product = await openProductWithSizes(page, request);
  // A first visit gets the experiments' visitor id alone, on a response no shared cache may keep.
  // Plain fetch: no cookie jar of its own.
  const productUrl = `${stack.storefrontUrl}/en-US/p/${product.slug}`;
  const first = await fetch(productUrl);
  expect(first.headers.getSetCookie()).toEqual([expect.stringMatching(/^vid=[0-9a-f-]{36};/)]);
  expect(first.headers.get('cache-control')).toBe('private, no-cache');
  const visitor = (await context.cookies()).find((c) => c.name === 'vid')!;
  const cached = await fetch(productUrl, { headers: { cookie: `vid=${visitor.value}` } });
  expect(cached.headers.getSetCookie()).toEqual([]);
  await addToCartAndOpenDrawer(page);
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'cart')).toMatchObject({
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
  });
  // The badge's hint holds a count only, readable by the page's script.
  expect(cookies.find((c) => c.name === 'cart_items')).toMatchObject({
    httpOnly: false,
    value: '1',
  });
  expect((await request.get(`/en-US/p/${product.slug}`)).headers()['x-nextjs-cache']).toBe('HIT');
});

test('add to cart and the stepper work without JavaScript', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const product = await openProductWithSizes(page, request, 0, { script: false });
  await addSize(page);
  await expect(page).toHaveURL(/\/en-US\/cart$/);
  await expect(page.locator('main li')).toContainText(product.name);
  await page.getByRole('button', { name: `Increase quantity of ${product.name}` }).click();
  await expect(page.locator('main').getByText('2 items')).toBeVisible();
  await context.close();
});

test("one shopper's cart never shows up in another shopper's page", async ({
  browser,
  request,
}) => {
  const [first, second] = [
    await browser.newContext({ javaScriptEnabled: false }),
    await browser.newContext({ javaScriptEnabled: false }),
  ];
  const page = await first.newPage();
  const product = await openProductWithSizes(page, request, 0, { script: false });
  await addSize(page);
  await expect(page.locator('main li')).toContainText(product.name);
  // The server renders the cart page for the next shopper right after: it must be theirs (empty).
  const other = await second.newPage();
  await other.goto('/en-US/cart');
  await expect(other.getByText('Your cart is empty.')).toBeVisible();
  await expect(other.locator('main li')).toHaveCount(0);
  await Promise.all([first.close(), second.close()]);
});

test('adding without a size says what is missing; bad quantities are refused and lose nothing', async ({
  page,
  request,
}) => {
  await openProductWithSizes(page, request);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.locator('main [role="alert"]')).toHaveText('Choose a colour and size first.');
  await expect(page.getByTestId('cart-count')).toHaveCount(0);

  await addToCartAndOpenDrawer(page);
  const before = await (await page.request.get('/api/cart?locale=en-US')).json();
  const lineId = before.cart.lines[0].id as string;
  for (const quantity of [1000, -1, 'abc', 2.5, null, '', true, '1e2']) {
    const response = await page.request.patch(`/api/cart/lines/${lineId}`, {
      data: { locale: 'en-US', quantity },
    });
    expect(response.status(), String(quantity)).toBe(422);
    expect((await response.json()).error.message).toBe('Choose a quantity between 1 and 99.');
  }
  const german = await page.request.patch(`/api/cart/lines/${lineId}`, {
    data: { locale: 'de-DE', quantity: 0.5 },
  });
  expect((await german.json()).error.message).toBe('Bitte eine Menge zwischen 1 und 99 wählen.');
  expect(await (await page.request.get('/api/cart?locale=en-US')).json()).toEqual(before);
});

test('a tampered cart cookie is treated as no cart, never an error', async ({ page, context }) => {
  await context.addCookies([
    { name: 'cart', value: '../../etc/passwd', url: 'http://127.0.0.1:3100' },
  ]);
  const response = await page.goto('/en-US/cart');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Your cart is empty.')).toBeVisible();
  await context.addCookies([
    { name: 'cart', value: 'AAAAAAAAAAAAAAAAAAAAAA', url: 'http://127.0.0.1:3100' },
  ]);
  await page.goto('/en-US/cart');
  await expect(page.getByText('Your cart is empty.')).toBeVisible();
});

test('two tabs adding at the same moment lose neither change', async ({ context, request }) => {
  const products = await listProducts(
    request,
    'category=c003&sort=popular&limit=2&locale=en-US&currency=USD',
  );
  const tabs = await Promise.all(products.map(() => context.newPage()));
  // One add first, so both tabs then write to the same existing cart (same cookie, same version).
  await openProduct(tabs[0]!, `/en-US/p/${products[0]!.slug}`);
  await addToCartAndOpenDrawer(tabs[0]!);
  for (const [index, tab] of tabs.entries()) {
    await openProduct(tab, `/en-US/p/${products[index]!.slug}`);
    await tab
      .getByRole('group', { name: 'Size' })
      .locator('input:not([disabled])')
      .last()
      .check({ force: true });
  }
  await Promise.all(tabs.map((tab) => tab.getByRole('button', { name: 'Add to cart' }).click()));
  await Promise.all(tabs.map((tab) => expect(cartDrawer(tab)).toBeVisible()));

  await tabs[0]!.goto('/en-US/cart');
  // The first product's first size, its last size, and the second product's last size.
  await expect(tabs[0]!.locator('main').getByText('3 items')).toBeVisible();
  for (const product of products)
    await expect(
      tabs[0]!.locator('main li').filter({ hasText: product.name }).first(),
    ).toBeVisible();
});

test('cart routes refuse cross-site, oversized, malformed and unknown input with 4xx', async ({
  request,
}) => {
  const add = (data: unknown, headers: Record<string, string> = {}) =>
    request.post('/api/cart/lines', { data, headers });
  const cases: Array<[Promise<import('@playwright/test').APIResponse>, number, string]> = [
    [
      add(
        { locale: 'en-US', productId: 'p000001', color: 'x', size: 'y' },
        { origin: 'https://evil.example' },
      ),
      403,
      'cross_site',
    ],
    [add({ locale: 'en-US', padding: 'x'.repeat(10_000) }), 413, 'payload_too_large'],
    [
      request.post('/api/cart/lines', {
        headers: { 'content-type': 'application/json' },
        data: Buffer.from('{"locale":'),
      }),
      400,
      'malformed_json',
    ],
    [
      request.post('/api/cart/lines', { headers: { 'content-type': 'text/plain' }, data: 'hello' }),
      415,
      'unsupported_media_type',
    ],
    [add({ locale: 'en-US', productId: '../etc', color: 'x', size: 'y' }), 400, 'invalidRequest'],
    [add({ locale: 'en-US', productId: 'p999999', color: 'x', size: 'y' }), 422, 'unknownSku'],
    [add([1, 2, 3]), 400, 'invalidRequest'],
  ];
  for (const [pending, status, code] of cases) {
    const response = await pending;
    expect(response.status(), code).toBe(status);
    expect((await response.json()).error.code).toBe(code);
  }
});
