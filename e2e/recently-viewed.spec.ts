import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openProduct } from './support/cart';
import { listProducts } from './support/services';

const section = (page: Page) => page.getByRole('region', { name: 'Recently viewed' });

/** Opens a product page and waits until the browser has noted it (after hydration). */
async function view(page: Page, locale: string, product: { id: string; slug: string }) {
  await openProduct(page, `/${locale}/p/${product.slug}`);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('recently-viewed') ?? ''))
    .toContain(product.id);
}

test('the products a shopper looked at follow them to the next product, the empty cart and search, in this browser only', async ({
  page,
  request,
}) => {
  const [first, second, third] = await listProducts(
    request,
    'category=c003&sort=popular&limit=3&locale=en-US&currency=USD',
  );
  for (const product of [first!, second!, third!]) await view(page, 'en-US', product);
  const links = section(page).getByRole('link');
  // Newest first, and not the product on screen.
  await expect(links).toHaveText([second!.name, first!.name]);

  // Nothing of it in the HTML the server sends (a CDN shares it), nor in a cookie.
  const html = await (await request.get(`/en-US/p/${third!.slug}`)).text();
  expect(html).not.toContain('id="recently-viewed-heading"');
  expect((await page.context().cookies()).map((cookie) => cookie.value).join()).not.toContain(
    first!.id,
  );

  await page.goto('/en-US/cart');
  await expect(section(page).getByRole('link')).toHaveText([
    third!.name,
    second!.name,
    first!.name,
  ]);
  await page.goto('/en-US/search?q=shirt');
  await expect(section(page).getByRole('link').first()).toHaveText(third!.name);
  const { violations } = await new AxeBuilder({ page })
    .include('section[aria-labelledby="recently-viewed-heading"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations).toEqual([]);

  // By keyboard: the clear button is reachable and empties the list everywhere.
  await section(page).getByRole('button', { name: 'Clear the list' }).focus();
  await page.keyboard.press('Enter');
  await expect(section(page)).toHaveCount(0);
  await page.goto('/en-US/cart');
  await expect(page.getByRole('heading', { name: 'Your cart' })).toBeVisible();
  await expect(section(page)).toHaveCount(0);
});

test('each locale keeps its own list, in its own words', async ({ page, request }) => {
  const [product] = await listProducts(
    request,
    'category=c003&sort=popular&limit=1&locale=de-DE&currency=EUR',
  );
  await view(page, 'de-DE', product!);
  await page.goto('/de-DE/cart');
  await expect(
    page.getByRole('region', { name: 'Zuletzt angesehen' }).getByRole('link'),
  ).toHaveText([product!.name]);
  await page.goto('/en-US/cart');
  await expect(section(page)).toHaveCount(0);
});
