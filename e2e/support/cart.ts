import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { listProducts, type ListedProduct } from './services';

/** A popular product with sizes (category c003), opened in the page and hydrated. */
export async function openProductWithSizes(
  page: Page,
  request: APIRequestContext,
  index = 0,
  { script = true } = {},
): Promise<ListedProduct> {
  const products = await listProducts(
    request,
    `category=c003&sort=popular&limit=${index + 1}&locale=en-US&currency=USD`,
  );
  const product = products[index]!;
  if (script) await openProduct(page, `/en-US/p/${product.slug}`);
  else await page.goto(`/en-US/p/${product.slug}`);
  return product;
}

/**
 * Opens a product page and waits until it is hydrated: live stock is fetched by the page's
 * script, so once the availability line stops saying "Checking", clicks go to React.
 */
export async function openProduct(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(
    page.locator('section[aria-labelledby="availability-heading"] [aria-live="polite"]'),
  ).not.toHaveText(/Checking/);
}

/** Picks an in-stock size (the first, or the last) and adds it; with JavaScript the drawer opens. */
export async function addSize(page: Page, which: 'first' | 'last' = 'first'): Promise<void> {
  await page
    .getByRole('group', { name: 'Size' })
    .locator('input:not([disabled])')
    [which]()
    .check({ force: true });
  await page.getByRole('button', { name: 'Add to cart' }).click();
}

export function cartDrawer(page: Page) {
  return page.getByRole('dialog', { name: 'Your cart' });
}

/** Adds through the UI and waits for the drawer to show the server's cart. */
export async function addToCartAndOpenDrawer(
  page: Page,
  which: 'first' | 'last' = 'first',
): Promise<void> {
  await addSize(page, which);
  await expect(cartDrawer(page)).toBeVisible();
}
