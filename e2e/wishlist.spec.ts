import { expect, test, type APIRequestContext } from '@playwright/test';
import { ACCOUNT_ORIGIN, signUpWithPassword, uniqueEmail } from './support/accounts';
import { openProduct } from './support/cart';
import { waitForMail } from './support/mail';
import { admin, listProducts } from './support/services';

test.use({ baseURL: ACCOUNT_ORIGIN });

interface Variant {
  sku: string;
  options: { color: string; size: string };
}

async function productWithSizes(request: APIRequestContext, index: number) {
  const products = await listProducts(
    request,
    `category=c003&sort=popular&limit=${index + 1}&locale=en-US&currency=USD`,
  );
  const summary = products[index]!;
  const response = await request.get(
    `http://127.0.0.1:4110/catalog/products/${summary.id}?locale=en-US&currency=USD`,
  );
  const { name, variants } = (await response.json()) as { name: string; variants: Variant[] };
  return { ...summary, name, variants };
}

test('a guest’s wishlist survives signing up and shows live price and stock', async ({
  page,
  request,
}) => {
  const product = await productWithSizes(request, 7);
  await openProduct(page, `/en-US/p/${product.slug}`);
  const heart = page.getByRole('button', { name: `Save ${product.name} to your wishlist` });
  await heart.first().click();
  await expect(
    page.getByRole('button', { name: `Remove ${product.name} from your wishlist` }).first(),
  ).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/en-US/account/wishlist');
  await expect(page.locator('main')).toContainText(product.name);

  await signUpWithPassword(page, uniqueEmail('wishlist'));
  await page.goto('/en-US/account/wishlist');
  await expect(page.locator('main')).toContainText(product.name);
  await expect(page.locator('main')).toContainText(/In stock|Sold out/);
  // The guest cookie went into the account.
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name === 'wishlist')?.value ?? '').toBe('');
});

test('a guest asks to be told when a sold-out size is back: one mail after confirming and a restock', async ({
  page,
  request,
}) => {
  const product = await productWithSizes(request, 8);
  const [first] = product.variants;
  await admin(request, 'PUT', `/inventory/${first!.sku}`, { available: 0 });
  await openProduct(page, `/en-US/p/${product.slug}?color=${first!.options.color}`);
  const alert = page.getByRole('form', { name: 'Email me when it is back' });
  const email = uniqueEmail('restock');
  await expect(alert).toBeVisible();
  // Several sold-out sizes of the colour give a choice; one is taken as it is.
  const sizes = alert.getByLabel('Sold-out size');
  if ((await sizes.count()) > 0) await sizes.selectOption(first!.sku);
  await alert.getByLabel('Your email').fill(email);
  await alert.getByRole('button', { name: 'Notify me' }).click();
  await expect(page.getByText('Check your inbox: confirm your email')).toBeVisible();

  const confirm = await waitForMail({ to: email, subject: /Confirm/, timeoutMs: 20_000 });
  const link = /https?:\/\/\S+stock-alerts\/confirm\?token=[\w-]+/.exec(confirm.text)![0];
  await page.goto(`${ACCOUNT_ORIGIN}${new URL(link).pathname}${new URL(link).search}`);
  await expect(page.locator('main')).toContainText('You are on the list');

  await admin(request, 'PUT', `/inventory/${first!.sku}`, { available: 25 });
  const back = await waitForMail({ to: email, subject: /back in stock/, timeoutMs: 20_000 });
  expect(back.text).toContain(product.name);
});
