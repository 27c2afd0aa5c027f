import { expect, test, type Page } from '@playwright/test';
import { listProducts } from './support/services';

async function openProductWithSizes(page: Page, request: import('@playwright/test').APIRequestContext) {
  const [product] = await listProducts(request, 'category=c003&sort=popular&limit=1&locale=en-US&currency=USD');
  await page.goto(`/en-US/p/${product!.slug}`);
  return product!;
}

test('add to cart, change the quantity, remove: the cart follows', async ({ page, request }) => {
  const product = await openProductWithSizes(page, request);
  await page.getByRole('group', { name: 'Size' }).locator('input:not([disabled])').first().check({ force: true });
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page).toHaveURL(/\/en-US\/cart$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your cart');
  await expect(page.locator('main li')).toContainText(product.name);

  const quantity = page.getByLabel(`Quantity of ${product.name}`);
  await quantity.fill('3');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByLabel(`Quantity of ${product.name}`)).toHaveValue('3');
  await expect(page.getByText('3 items')).toBeVisible();

  await page.getByRole('button', { name: `Remove ${product.name}` }).click();
  await expect(page.getByText('Your cart is empty.')).toBeVisible();
});

test('the cart cookie is httpOnly, SameSite=Lax, set by the action and never on cached pages', async ({ page, request, context }) => {
  const product = await openProductWithSizes(page, request);
  const cached = await request.get(`/en-US/p/${product.slug}`);
  expect(cached.headers()['set-cookie']).toBeUndefined();
  await page.getByRole('group', { name: 'Size' }).locator('input:not([disabled])').first().check({ force: true });
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page).toHaveURL(/\/en-US\/cart$/);
  const cookie = (await context.cookies()).find((c) => c.name === 'cart');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  expect((await request.get(`/en-US/p/${product.slug}`)).headers()['x-nextjs-cache']).toBe('HIT');
});

test('add to cart works without JavaScript', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const product = await openProductWithSizes(page, request);
  await page.getByRole('group', { name: 'Size' }).locator('input:not([disabled])').first().check({ force: true });
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page).toHaveURL(/\/en-US\/cart$/);
  await expect(page.locator('main li')).toContainText(product.name);
  await context.close();
});

test('adding without a size says what is missing; bad quantities are refused and lose nothing', async ({ page, request }) => {
  await openProductWithSizes(page, request);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.locator('main [role="alert"]')).toHaveText('Choose a colour and size first.');

  await page.getByRole('group', { name: 'Size' }).locator('input:not([disabled])').first().check({ force: true });
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page).toHaveURL(/\/en-US\/cart$/);
  const before = await page.locator('main li').count();
  const quantity = page.locator('main input[name="quantity"][type="number"]').first();
  await quantity.evaluate((input: HTMLInputElement) => {
    input.removeAttribute('max');
    input.value = '1000';
  });
  await page.getByRole('button', { name: 'Update' }).first().click();
  await expect(page.locator('main [role="alert"]')).toHaveText(/between 1 and 99|Not enough stock/);
  await expect(page.locator('main li')).toHaveCount(before);
});

test('a tampered cart cookie is treated as no cart, never an error', async ({ page, context }) => {
  await context.addCookies([{ name: 'cart', value: '../../etc/passwd', url: 'http://127.0.0.1:3100' }]);
  const response = await page.goto('/en-US/cart');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Your cart is empty.')).toBeVisible();
  await context.addCookies([{ name: 'cart', value: 'AAAAAAAAAAAAAAAAAAAAAA', url: 'http://127.0.0.1:3100' }]);
  await page.goto('/en-US/cart');
  await expect(page.getByText('Your cart is empty.')).toBeVisible();
});

test('two tabs adding at the same moment lose neither change', async ({ context, request }) => {
  const products = await listProducts(request, 'category=c003&sort=popular&limit=2&locale=en-US&currency=USD');
  const tabs = await Promise.all(products.map(() => context.newPage()));
  // One add first, so both tabs then write to the same existing cart (same cookie, same version).
  await tabs[0]!.goto(`/en-US/p/${products[0]!.slug}`);
  await tabs[0]!.getByRole('group', { name: 'Size' }).locator('input:not([disabled])').first().check({ force: true });
  await tabs[0]!.getByRole('button', { name: 'Add to cart' }).click();
  await expect(tabs[0]!).toHaveURL(/\/cart$/);

  for (const [index, tab] of tabs.entries()) {
    await tab.goto(`/en-US/p/${products[index]!.slug}`);
    await tab.getByRole('group', { name: 'Size' }).locator('input:not([disabled])').last().check({ force: true });
  }
  await Promise.all(tabs.map((tab) => tab.getByRole('button', { name: 'Add to cart' }).click()));
  await Promise.all(tabs.map((tab) => expect(tab).toHaveURL(/\/cart$/)));

  await tabs[0]!.reload();
  // The first product's first size, its last size, and the second product's last size.
  await expect(tabs[0]!.getByText('3 items')).toBeVisible();
  for (const product of products) await expect(tabs[0]!.locator('main li').filter({ hasText: product.name }).first()).toBeVisible();
});
