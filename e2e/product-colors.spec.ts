import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { colorfulProduct } from './support/services';
import { stack } from './support/stack';

const LOCALES = [
  { locale: 'en-US', currency: 'USD' },
  { locale: 'de-DE', currency: 'EUR' },
  { locale: 'fr-FR', currency: 'EUR' },
  { locale: 'ja-JP', currency: 'JPY' },
] as const;

/** The lead image of the gallery on show (the others are display: none). */
const shownLead = (page: Page) => page.locator('[data-color-gallery]:visible img').first();

/** Next's image optimizer URL of a colour's view: `/media/products/<id>/<colour>/<n>.webp`, encoded. */
const viewOf = (color: string) => new RegExp(`%2F${color}%2F0\\.webp`);

async function hydrated(page: Page): Promise<void> {
  await expect(
    page.locator('section[aria-labelledby="availability-heading"] [aria-live="polite"]'),
  ).not.toHaveText(/Checking|Bestand wird geprüft|Vérification du stock|在庫を確認/);
}

for (const { locale, currency } of LOCALES) {
  test(`choosing a colour swaps the gallery at once and survives a reload (${locale})`, async ({
    page,
    request,
  }) => {
    const { slug, colors } = await colorfulProduct(request, locale, currency);
    const [first, second] = colors;
    await page.goto(`/${locale}/p/${slug}`);
    await expect(shownLead(page)).toHaveAttribute('src', viewOf(first!.value));
    await expect(shownLead(page)).toHaveAttribute('alt', new RegExp(first!.label));
    await hydrated(page);
    const before = await shownLead(page).boundingBox();

    await page.locator(`label:has(input[name="color"][value="${second!.value}"])`).click();
    await expect(shownLead(page)).toHaveAttribute('src', viewOf(second!.value));
    await expect(shownLead(page)).toHaveAttribute('alt', new RegExp(second!.label));
    // Every view has the catalog's size: the swap moves nothing below the gallery.
    const after = await shownLead(page).boundingBox();
    expect(after?.height).toBe(before?.height);
    await expect(page).toHaveURL(new RegExp(`color=${second!.value}`));

    await page.reload();
    await expect(page.locator(`input[name="color"][value="${second!.value}"]`)).toBeChecked();
    await expect(shownLead(page)).toHaveAttribute('src', viewOf(second!.value));
    // The shared link is served from the product's one cached page, which stays canonical.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`/${locale}/p/${slug}$`),
    );
  });
}

test('hovering a colour fetches its lead image before the tap', async ({ page, request }) => {
  const { slug, colors } = await colorfulProduct(request, 'en-US', 'USD');
  const third = colors[2]!;
  await page.goto(`/en-US/p/${slug}`);
  await hydrated(page);
  await page.locator(`label:has(input[name="color"][value="${third.value}"])`).hover();
  await expect(page.locator('link[rel="preload"][as="image"]').last()).toHaveAttribute(
    'imagesrcset',
    viewOf(third.value),
  );
});

test('without JavaScript the checked colour still chooses the gallery', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { slug, colors } = await colorfulProduct(request, 'en-US', 'USD');
  await page.goto(`${stack.storefrontUrl}/en-US/p/${slug}`);
  await page.locator(`label:has(input[name="color"][value="${colors[1]!.value}"])`).click();
  await expect(shownLead(page)).toHaveAttribute('src', viewOf(colors[1]!.value));
  await context.close();
});

test('a listing filtered by a colour shows each product in that colour and opens it in it', async ({
  page,
}) => {
  await page.goto('/en-US/c/women/filter?color=navy');
  const images = page.locator('main ul li img');
  await expect(images.first()).toBeVisible();
  for (const src of await images.evaluateAll((all) => all.map((img) => img.getAttribute('src'))))
    expect(src).toMatch(viewOf('navy'));
  await page.locator('main ul li a[href*="/p/"]').first().click();
  await expect(page).toHaveURL(/\/en-US\/p\/[^?]+\?color=navy$/);
  await hydrated(page);
  await expect(shownLead(page)).toHaveAttribute('src', viewOf('navy'));
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap on a colour swaps the gallery; axe finds nothing', async ({ page, request }) => {
    const { slug, colors } = await colorfulProduct(request, 'ja-JP', 'JPY');
    await page.goto(`/ja-JP/p/${slug}`);
    await hydrated(page);
    await page.locator(`label:has(input[name="color"][value="${colors[1]!.value}"])`).tap();
    await expect(shownLead(page)).toHaveAttribute('src', viewOf(colors[1]!.value));
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations).toEqual([]);
  });
});
