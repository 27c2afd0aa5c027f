import { expect, test } from '@playwright/test';
import { openProduct } from './support/cart';
import { admin, listProducts } from './support/services';

interface Variant {
  sku: string;
  options: { color: string; size: string };
}

async function productWithSizes(request: import('@playwright/test').APIRequestContext) {
  const [summary] = await listProducts(
    request,
    'category=c002&sort=popular&limit=1&locale=en-US&currency=USD',
  );
  const response = await request.get(
    `http://127.0.0.1:4110/catalog/products/${summary!.id}?locale=en-US&currency=USD`,
  );
  return { ...summary!, variants: ((await response.json()) as { variants: Variant[] }).variants };
}

test('the chosen variant lives in the URL and survives a reload', async ({ page, request }) => {
  const product = await productWithSizes(request);
  await page.goto(`/en-US/p/${product.slug}`);
  const sizes = page.getByRole('group', { name: 'Size' });
  await sizes.locator('input:not([disabled])').nth(1).check({ force: true });
  await expect(page).toHaveURL(/\?color=[^&]+&size=[^&]+$/);
  const chosen = new URL(page.url()).searchParams.get('size');
  await page.reload();
  await expect(sizes.locator('input:checked')).toHaveValue(chosen!);
  await expect(page.locator('[aria-live="polite"] p')).toHaveClass(/text-(ok|warn|sale)/);
});

test('a sold-out combination is disabled and announced, others stay selectable', async ({
  page,
  request,
}) => {
  const product = await productWithSizes(request);
  const [first] = product.variants;
  await admin(request, 'PUT', `/inventory/${first!.sku}`, { available: 0 });
  await page.goto(`/en-US/p/${product.slug}?color=${first!.options.color}`);
  const soldOut = page
    .getByRole('group', { name: 'Size' })
    .locator(`input[value="${first!.options.size}"]`);
  await expect(soldOut).toBeDisabled();
  await expect(page.getByRole('group', { name: 'Size' })).toContainText('(sold out)');
  await admin(request, 'PUT', `/inventory/${first!.sku}`, { available: 25 });
});

test('a variant chosen by keyboard updates price and stock', async ({ page, request }) => {
  const product = await productWithSizes(request);
  // Hydrated first: a key pressed before React owns the radios is undone when it takes them over.
  await openProduct(page, `/en-US/p/${product.slug}`);
  const firstSize = page
    .getByRole('group', { name: 'Size' })
    .locator('input:not([disabled])')
    .first();
  await firstSize.focus();
  await page.keyboard.press('Space');
  await expect(firstSize).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/size=/);
  await expect(page.locator('[aria-live="polite"] p')).toHaveClass(/text-(ok|warn|sale)/);
});

test('nonsense variant values in the URL are ignored, the page still works', async ({
  page,
  request,
}) => {
  const product = await productWithSizes(request);
  const response = await page.goto(
    `/en-US/p/${product.slug}?color=%3Cscript%3E&size=${'x'.repeat(500)}`,
  );
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('group', { name: 'Size' }).locator('input:checked')).toHaveCount(0);
  await expect(
    page.locator('section[aria-labelledby="availability-heading"] [aria-live="polite"]'),
  ).toContainText('Choose a colour and size');
});
