import {
  expect,
  test,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { addToCartAndOpenDrawer, openProductWithSizes } from './support/cart';
import { servicesPid } from './support/processes';
import { stack } from './support/stack';

/**
 * The services crash mid-session (SIGKILL: no graceful shutdown, no flush): scripts/start.ts
 * restarts them, and the shopper's cart, kept in PGlite on disk, is still there and editable.
 */

/** The cart cookie holds the cart id; reading the cart straight from the service shows what is stored. */
async function storedLines(request: APIRequestContext, context: BrowserContext) {
  const cartId = (await context.cookies()).find((cookie) => cookie.name === 'cart')?.value;
  const response = await request.get(`${stack.servicesUrl}/cart/carts/${cartId}`);
  expect(response.status()).toBe(200);
  const { lines } = (await response.json()) as {
    lines: { id: string; sku: string; variantLabel: string; quantity: number }[];
  };
  return lines.map(({ id, sku, variantLabel, quantity }) => ({ id, sku, variantLabel, quantity }));
}

/** One step up on the cart page; the stepper is optimistic, so wait until the service has it. */
async function increase(
  page: Page,
  context: BrowserContext,
  request: APIRequestContext,
  name: string,
  to: number,
): Promise<void> {
  await page
    .getByRole('main')
    .getByRole('button', { name: `Increase quantity of ${name}` })
    .click();
  await expect(page.getByRole('main').getByText(`${to} items`)).toBeVisible();
  await expect
    .poll(async () => (await storedLines(request, context)).map((line) => line.quantity))
    .toEqual([to]);
}

// Later specs need the services: however this test ended, wait until they answer again.
test.afterEach(async ({ request }) => {
  await expect.poll(() => servicesPid(request), { timeout: 60_000 }).toEqual(expect.any(Number));
});

test('the services crash and restart mid-session: the cart is still there and still changes', async ({
  page,
  context,
  request,
}) => {
  const { name } = await openProductWithSizes(page, request);
  await addToCartAndOpenDrawer(page);
  await page.goto('/en-US/cart');
  await increase(page, context, request, name, 2);
  const before = await storedLines(request, context);

  const pid = await servicesPid(request);
  expect(pid).toEqual(expect.any(Number));
  process.kill(pid!, 'SIGKILL');
  await expect
    .poll(
      async () => {
        const current = await servicesPid(request);
        return current !== undefined && current !== pid;
      },
      { message: 'restarted services answer with a new pid', timeout: 60_000 },
    )
    .toBe(true);

  expect(await storedLines(request, context)).toEqual(before);
  await page.reload();
  const line = page.getByRole('main').getByRole('listitem').filter({ hasText: name });
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(before[0]!.variantLabel);
  await expect(line.getByRole('group', { name: `Quantity of ${name}` })).toContainText('2');

  await increase(page, context, request, name, 3);
  expect(await storedLines(request, context)).toEqual([{ ...before[0]!, quantity: 3 }]);
});
