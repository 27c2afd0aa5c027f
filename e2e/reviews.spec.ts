import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { orderOf, productJsonLd, unreviewedProduct } from './support/reviews';
import { listProducts } from './support/services';
import { stack } from './support/stack';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations).toEqual([]);
}

test('a buyer reviews from the order page by keyboard; approved, it is on the cached product page within 5 s', async ({
  page,
  request,
}) => {
  const product = await unreviewedProduct(request);
  const email = `reviewer-${Date.now()}@example.com`;
  const orderId = await orderOf(request, product.id, email);
  // The product page is cached with no review on it.
  await page.goto(`/en-US/p/${product.slug}`);
  await expect(page.getByText('No reviews yet.')).toBeVisible();

  // Order number and e-mail open the order (the lookup grants this browser the order).
  await page.goto('/en-US/order/lookup');
  await page.getByLabel('Order number').fill(orderId);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Find order' }).click();
  await expect(page).toHaveURL(new RegExp(`/en-US/order/${orderId}$`));
  await page.getByRole('link', { name: `Write a review of ${product.name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review ${product.name}`);
  await expectNoAxeViolations(page);

  // Keyboard only: an empty form is refused field by field, then filled in.
  await page.getByRole('button', { name: 'Send review' }).press('Enter');
  await expect(page.getByText('Choose from 1 to 5 stars.')).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('4 stars – very good').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('3 stars – good')).toBeChecked();
  const title = `<b>Runs small</b> ${Date.now()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Your review').fill('Order a size up.\nThe colour is as in the photos.');
  await page.getByLabel('Name shown with the review').fill('Ada L.');
  await page.getByLabel('Name shown with the review').press('Enter');
  await expect(
    page.getByText('Thank you! Your review will appear once it has been checked.'),
  ).toBeVisible();

  // Waiting for moderation: not on the product page.
  await page.goto(`/en-US/p/${product.slug}`);
  await expect(page.getByText('No reviews yet.')).toBeVisible();

  await page.goto(`/ops/reviews?token=${stack.opsToken}`);
  await page.getByRole('button', { name: `Approve “${title}”` }).click();
  await expect(page.getByText('Approved: the product page shows it now.')).toBeVisible();

  await expect(async () => {
    await page.goto(`/en-US/p/${product.slug}`);
    await expect(page.getByRole('heading', { name: title, level: 3 })).toBeVisible();
  }).toPass({ timeout: 5_000 });
  // Shown as text, never as markup.
  await expect(page.getByRole('region', { name: 'Reviews' }).locator('b')).toHaveCount(0);
  await expect(page.getByText('Based on 1 review')).toBeVisible();
  const jsonLd = await productJsonLd(await page.content());
  expect(jsonLd.aggregateRating).toMatchObject({ ratingValue: 3, reviewCount: 1 });
  expect(jsonLd.review).toEqual([expect.objectContaining({ name: title })]);

  // One review per product per order.
  await page.goto(`/en-US/order/${orderId}/review/${product.id}`);
  await page.getByLabel('5 stars – excellent').check();
  await page.getByLabel('Title').fill('Again');
  await page.getByLabel('Your review').fill('Second try.');
  await page.getByLabel('Name shown with the review').fill('Ada L.');
  await page.getByRole('button', { name: 'Send review' }).click();
  await expect(
    page.getByText('You have already reviewed this product for this order.'),
  ).toBeVisible();
});

test('an order this browser does not hold cannot be reviewed', async ({ page, request }) => {
  const product = await unreviewedProduct(request);
  const orderId = await orderOf(request, product.id, `stranger-${Date.now()}@example.com`);
  const response = await page.goto(`/en-US/order/${orderId}/review/${product.id}`);
  expect(response?.status()).toBe(404);
});

const LOCALES = [
  { locale: 'en-US', currency: 'USD', title: 'Reviews', next: 'Next page', newest: 'Newest' },
  {
    locale: 'de-DE',
    currency: 'EUR',
    title: 'Bewertungen',
    next: 'Nächste Seite',
    newest: 'Neueste',
  },
  {
    locale: 'fr-FR',
    currency: 'EUR',
    title: 'Avis clients',
    next: 'Page suivante',
    newest: 'Les plus récents',
  },
  { locale: 'ja-JP', currency: 'JPY', title: 'レビュー', next: '次のページ', newest: '新しい順' },
] as const;

for (const { locale, currency, title, next, newest } of LOCALES) {
  test(`reviews on the product page and their own pages, sorted and paged (${locale})`, async ({
    page,
    request,
  }) => {
    // A best seller rendered on first request (the build prerenders the top 24): its reviews
    // are read now, not while the services were still warming up during the build.
    const product = (
      await listProducts(request, `sort=popular&limit=30&locale=${locale}&currency=${currency}`)
    ).at(-1);
    await page.goto(`/${locale}/p/${product!.slug}`);
    const section = page.getByRole('region', { name: title });
    await expect(section.getByRole('list').first().getByRole('listitem')).toHaveCount(5);
    await expect(section.getByRole('article')).toHaveCount(3);
    await expectNoAxeViolations(page);

    await section.getByRole('link', { name: /\d/ }).last().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/p/${product!.slug}/reviews/helpful/1$`));
    await expect(page.getByRole('article')).toHaveCount(10);
    await page.getByRole('link', { name: next }).click();
    await expect(page).toHaveURL(/\/reviews\/helpful\/2$/);
    await page.getByRole('link', { name: newest }).click();
    await expect(page).toHaveURL(/\/reviews\/newest\/1$/);
    const dates = await page
      .locator('article time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toHaveLength(10);
    expect(dates).toEqual([...dates].sort().reverse());
    await expectNoAxeViolations(page);
  });
}

test('"helpful" works without JavaScript and thanks the voter on a phone', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  // Rendered on first request, like the product in the test above.
  const product = (await listProducts(request, 'sort=popular&limit=30&locale=en-US')).at(-1);
  await page.goto(`/en-US/p/${product!.slug}`);
  const first = page.getByRole('region', { name: 'Reviews' }).getByRole('article').first();
  const reviewId = (await first.getAttribute('id'))!.replace('review-', '');
  await expect(first.getByText('Thank you for your feedback.')).toBeHidden();
  await first.getByRole('button', { name: /helpful/ }).tap();
  await expect(page).toHaveURL(new RegExp(`/en-US/p/${product!.slug}#helpful-${reviewId}$`));
  await expect(first.getByText('Thank you for your feedback.')).toBeVisible();
  await context.close();
});
