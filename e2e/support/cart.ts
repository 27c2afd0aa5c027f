import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { listProducts, type ListedProduct } from './services';

/** A popular product with sizes (category c003), opened in the page and hydrated. */
export async function openProductWithSizes(page: Page, request: APIRequestContext, index = 0): Promise<ListedProduct> {
  const products = await listProducts(request, `category=c003&sort=popular&limit=${index + 1}&locale=en-US&currency=USD`);
  const product = products[index]!;
  await page.goto(`/en-US/p/${product.slug}`, { waitUntil: 'networkidle' });
  return product;
}

/** Picks an in-stock size (the first, or the last) and adds it; with JavaScript the drawer opens. */
export async function addSize(page: Page, which: 'first' | 'last' = 'first'): Promise<void> {
  await page.getByRole('group', { name: 'Size' }).locator('input:not([disabled])')[which]().check({ force: true });
  await page.getByRole('button', { name: 'Add to cart' }).click();
}

export function cartDrawer(page: Page) {
  return page.getByRole('dialog', { name: 'Your cart' });
}

/** Adds through the UI and waits for the drawer to show the server's cart. */
export async function addToCartAndOpenDrawer(page: Page, which: 'first' | 'last' = 'first'): Promise<void> {
  await addSize(page, which);
  await expect(cartDrawer(page)).toBeVisible();
}
