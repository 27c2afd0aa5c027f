import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { listProducts } from './support/services';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// One test per page: seven cold pages with axe in one test outgrew a test's time on a busy
// machine (the first pages of a run render on demand).
const PAGES: [string, (locale: string, productSlug: string) => string][] = [
  ['home', (locale) => `/${locale}`],
  ['category', (locale) => `/${locale}/c/women`],
  ['filtered category', (locale) => `/${locale}/c/womens-dresses/filter?sort=price_asc&inStock=1`],
  ['search', (locale) => `/${locale}/search?q=shirt`],
  ['search without results', (locale) => `/${locale}/search?q=zzzqqqxx`],
  ['product', (locale, slug) => `/${locale}/p/${slug}`],
  ['unknown product', (locale) => `/${locale}/p/no-such-p999999`],
];

for (const locale of ['en-US', 'ja-JP']) {
  for (const [label, pathOf] of PAGES) {
    test(`${label} page has no WCAG 2.1 AA violations in ${locale}`, async ({ page, request }) => {
      const [product] = await listProducts(request, `sort=popular&limit=1&locale=${locale}`);
      const path = pathOf(locale, product!.slug);
      await page.goto(path, { waitUntil: 'networkidle' });
      const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      expect(
        results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`),
      ).toEqual([]);
    });
  }
}

test('open widgets have no violations either: autocomplete list, facet groups', async ({
  page,
}) => {
  await page.goto('/de-DE/c/women', { waitUntil: 'networkidle' });
  for (const summary of await page.locator('main summary').all()) await summary.click();
  const box = page.getByRole('combobox', { name: 'Produkte suchen' });
  await box.click();
  await box.pressSequentially('klei');
  await expect(page.getByRole('option').first()).toBeVisible();
  await box.press('ArrowDown');
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
});

test('a keyboard-only shopper reaches a product from the home page', async ({ page }) => {
  await page.goto('/en-US');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  // Past the logo to the first category of the menu, then follow it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const category = await page.evaluate(() => document.activeElement?.textContent);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(category ?? '');
  // Tab until the first product link has focus, then open it.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => Boolean(document.activeElement?.closest('article')))) break;
  }
  const productName = await page.evaluate(() => document.activeElement?.textContent);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en-US\/p\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(productName ?? '');
  // Choose a variant without a mouse: Tab to the size group, arrow to an available size.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (
      await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.name === 'size',
      )
    )
      break;
  }
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/size=/);
  await expect(page.locator('[aria-live="polite"] p')).toHaveClass(/text-(ok|warn|sale)/);
});
