import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { listProducts } from './support/services';

const NOTES = [
  { locale: 'en-US', currency: 'USD', note: 'Plus sales tax and shipping.', link: 'shipping' },
  { locale: 'de-DE', currency: 'EUR', note: 'inkl. MwSt., zzgl. Versand', link: 'Versand' },
  {
    locale: 'fr-FR',
    currency: 'EUR',
    note: 'TTC, hors frais de livraison',
    link: 'frais de livraison',
  },
  { locale: 'ja-JP', currency: 'JPY', note: '税込、送料別', link: '送料' },
] as const;

for (const { locale, currency, note, link } of NOTES) {
  test(`the price says what it includes and links to shipping costs (${locale})`, async ({
    page,
    request,
  }) => {
    const [product] = await listProducts(
      request,
      `category=c003&sort=popular&limit=1&locale=${locale}&currency=${currency}`,
    );
    await page.goto(`/${locale}/p/${product!.slug}`);
    const beside = page.getByTestId('tax-price');
    await expect(beside).toHaveText(note);
    // The note is with the price, in the purchase form, before the options.
    await expect(page.locator('form').filter({ has: beside })).toHaveCount(1);
    // Every page's footer covers the prices on cards and in the cart.
    await expect(page.getByTestId('tax-footnote')).toBeVisible();

    await beside.getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/shipping$`));
    const rows = page.locator('main table tbody tr');
    await expect(rows).not.toHaveCount(0);
    const symbol = { USD: '$', EUR: '€', JPY: '￥' }[currency];
    await expect(rows.first()).toContainText(symbol);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations).toEqual([]);
  });
}
