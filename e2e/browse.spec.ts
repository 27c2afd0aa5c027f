import { expect, test } from '@playwright/test';
import { listProducts } from './support/services';

const LOCALES = [
  { locale: 'en-US', currency: /\$/, notFound: 'Page not found' },
  { locale: 'de-DE', currency: /€/, notFound: 'Seite nicht gefunden' },
  { locale: 'fr-FR', currency: /€/, notFound: 'Page introuvable' },
  { locale: 'ja-JP', currency: /[¥￥]/, notFound: 'ページが見つかりません' },
] as const;

for (const { locale, currency } of LOCALES) {
  test(`a shopper browses home → category → product in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.locator('#best-sellers ~ ul li, section[aria-labelledby="best-sellers"] li').first(),
    ).toContainText(currency);

    const categoryLink = page.locator('header nav a').first();
    const categoryName = (await categoryLink.textContent())?.trim() ?? '';
    await categoryLink.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/c/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(categoryName);

    const firstProduct = page.locator('main article h3 a').first();
    const productName = (await firstProduct.textContent())?.trim() ?? '';
    await firstProduct.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/p/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(productName);
    await expect(page.locator('main').getByText(currency).first()).toBeVisible();
    // Choosing a size shows that variant's live stock from the inventory service.
    await page
      .locator('fieldset')
      .last()
      .locator('input:not([disabled])')
      .first()
      .check({ force: true });
    await expect(page.locator('[aria-live="polite"] p')).toHaveClass(/text-(ok|warn|sale)/);
  });
}

test('the bare domain negotiates the locale from Accept-Language', async ({ browser }) => {
  const context = await browser.newContext({
    locale: 'de-DE',
    extraHTTPHeaders: { 'accept-language': 'de-DE,de;q=0.9' },
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/de-DE$/);
  await context.close();
});

test('a locale spelled short or in lower case reaches that locale, whatever the browser prefers', async ({
  request,
}) => {
  for (const [path, expected] of [
    ['/de', '/de-DE'],
    ['/ja-jp/c/women', '/ja-JP/c/women'],
  ]) {
    const response = await request.get(path!, {
      maxRedirects: 0,
      headers: { 'accept-language': 'fr-FR' },
    });
    expect(response.status(), path).toBe(308);
    expect(new URL(response.headers().location!, 'http://x').pathname, path).toBe(expected);
  }
});

test('product names and prices are localized per market', async ({ page, request }) => {
  const [enProduct] = await listProducts(request, 'sort=popular&limit=1&locale=en-US&currency=USD');
  const [jaProduct] = await listProducts(request, 'sort=popular&limit=1&locale=ja-JP&currency=JPY');
  await page.goto(`/ja-JP/p/${jaProduct!.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(jaProduct!.name);
  expect(jaProduct!.name).not.toBe(enProduct!.name);
});

for (const { locale, notFound } of LOCALES) {
  test(`unknown product and category answer a localized 404 in ${locale}`, async ({ page }) => {
    for (const path of [
      `/${locale}/p/no-such-thing-p999999`,
      `/${locale}/p/garbage`,
      `/${locale}/c/no-such-category`,
      `/${locale}/nowhere/at/all`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFound);
    }
  });
}

test('a non-canonical product slug redirects to the canonical one', async ({ page, request }) => {
  const [product] = await listProducts(request, 'sort=popular&limit=1&locale=en-US&currency=USD');
  const id = product!.slug.split('-').at(-1);
  await page.goto(`/en-US/p/old-name-${id}`);
  await expect(page).toHaveURL(new RegExp(`/en-US/p/${product!.slug}$`));
});
