import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { listProducts } from './support/services';
import { stack } from './support/stack';

/**
 * The services crash mid-session (SIGKILL: no graceful shutdown, no flush): scripts/start.ts
 * restarts them, and the shopper's cart, kept in PGlite on disk, is still there and editable.
 */

/** The services' pid, or undefined while nothing answers. */
async function servicesPid(request: APIRequestContext): Promise<number | undefined> {
  const response = await request.get(`${stack.servicesUrl}/__ops/health`, { timeout: 2_000 }).catch(() => undefined);
  return response?.ok() ? ((await response.json()) as { pid: number }).pid : undefined;
}

/** The cart cookie holds the cart id; reading the cart straight from the service shows what is stored. */
async function storedLines(request: APIRequestContext, context: BrowserContext) {
  const cartId = (await context.cookies()).find((cookie) => cookie.name === 'cart')?.value;
  const response = await request.get(`${stack.servicesUrl}/cart/carts/${cartId}`);
  expect(response.status()).toBe(200);
  const { lines } = (await response.json()) as { lines: { id: string; sku: string; variantLabel: string; quantity: number }[] };
  return lines.map(({ id, sku, variantLabel, quantity }) => ({ id, sku, variantLabel, quantity }));
}

async function setQuantity(page: Page, name: string, quantity: number): Promise<void> {
  await page.getByLabel(`Quantity of ${name}`).fill(String(quantity));
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByText(`${quantity} items`)).toBeVisible();
}

// Later specs need the services: however this test ended, wait until they answer again.
test.afterEach(async ({ request }) => {
  await expect.poll(() => servicesPid(request), { timeout: 60_000 }).toEqual(expect.any(Number));
});

test('the services crash and restart mid-session: the cart is still there and still changes', async ({ page, context, request }) => {
  const [product] = await listProducts(request, 'category=c003&sort=popular&limit=1&locale=en-US&currency=USD');
  const name = product!.name;
  await page.goto(`/en-US/p/${product!.slug}`);
  await page.getByRole('group', { name: 'Size' }).getByRole('radio', { disabled: false }).first().check({ force: true });
  await page.getByRole('button', { name: 'Add to cart' }).click();
  // Whether adding opens the cart page or a drawer, once the cookie is set the line is stored.
  await expect.poll(async () => (await context.cookies()).some((cookie) => cookie.name === 'cart')).toBe(true);

  await page.goto('/en-US/cart');
  await setQuantity(page, name, 2);
  const before = await storedLines(request, context);
  expect(before).toEqual([expect.objectContaining({ quantity: 2 })]);

  const pid = await servicesPid(request);
  expect(pid).toEqual(expect.any(Number));
  process.kill(pid!, 'SIGKILL');
  await expect.poll(async () => {
    const current = await servicesPid(request);
    return current !== undefined && current !== pid;
  }, { message: 'restarted services answer with a new pid', timeout: 60_000 }).toBe(true);

  expect(await storedLines(request, context)).toEqual(before);
  await page.reload();
  const line = page.locator('main li').filter({ hasText: name });
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(before[0]!.variantLabel);
  await expect(page.getByText('2 items')).toBeVisible();

  await setQuantity(page, name, 3);
  expect(await storedLines(request, context)).toEqual([{ ...before[0]!, quantity: 3 }]);
});
