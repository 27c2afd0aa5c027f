import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import deDE from '../messages/de-DE.json' with { type: 'json' };
import enUS from '../messages/en-US.json' with { type: 'json' };
import frFR from '../messages/fr-FR.json' with { type: 'json' };
import jaJP from '../messages/ja-JP.json' with { type: 'json' };
import { ACCOUNT_ORIGIN, signUpWithPassword, uniqueEmail } from './support/accounts';
import { CARDS, cartAtAddressStep } from './support/checkout';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const addressForm = (page: Page) => page.locator('form:has(select[name="country"])');

/** The address form's field names in the order a shopper meets them. */
const fieldOrder = (page: Page) =>
  addressForm(page)
    .locator('[name]:not([type=hidden]):not([type=checkbox])')
    .evaluateAll((fields) => fields.map((field) => field.getAttribute('name')));

const AUTOCOMPLETE: Record<string, RegExp> = {
  country: /(^| )country$/,
  name: /(^| )name$/,
  line1: /(^| )address-line1$/,
  line2: /(^| )address-line2$/,
  city: /(^| )address-level2$/,
  region: /(^| )address-level1$/,
  postalCode: /(^| )postal-code$/,
};

async function expectAutocompleteTokens(page: Page) {
  for (const name of await fieldOrder(page))
    await expect(addressForm(page).locator(`[name="${name}"]`)).toHaveAttribute(
      'autocomplete',
      AUTOCOMPLETE[name!]!,
    );
}

test('a US shopper picks a state, and the order page shows it', async ({ page, request }) => {
  await cartAtAddressStep(page, request, 'USD');
  await page.goto('/en-US/checkout/address');
  expect(await fieldOrder(page)).toEqual([
    'country',
    'name',
    'line1',
    'line2',
    'city',
    'region',
    'postalCode',
  ]);
  await expectAutocompleteTokens(page);
  // 50 states and DC, after the "Select…" prompt.
  await expect(page.getByLabel('State').locator('option')).toHaveCount(52);
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('Street address').fill('1 State St');
  await page.getByLabel('City').fill('Albany');
  await page.getByLabel('State').selectOption({ label: 'New York' });
  await page.getByLabel('ZIP code').fill('12207');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/checkout\/shipping$/);
  await page.getByRole('button', { name: 'Continue' }).click();
  await payAndPlace(page, {
    card: 'Card number',
    expiry: 'Expiry date (MM/YY)',
    cvc: 'Security code (CVC)',
    next: 'Continue',
    place: 'Place order',
  });
  await expect(page).toHaveURL(/\/en-US\/order\/ORD-/);
  await expect(page.getByText('Albany, NY 12207')).toBeVisible();
});

test('a Japanese shopper enters an address in Japanese order and completes the order', async ({
  page,
  request,
}) => {
  await cartAtAddressStep(page, request, 'JPY');
  await page.goto('/ja-JP/checkout/address');
  // Postal code first, then prefecture, city and street.
  expect(await fieldOrder(page)).toEqual([
    'country',
    'name',
    'postalCode',
    'region',
    'city',
    'line1',
    'line2',
  ]);
  await expectAutocompleteTokens(page);
  const prefecture = page.getByLabel('都道府県');
  await expect(prefecture.locator('option')).toHaveCount(48);
  await expect(prefecture.locator('option[value="JP-13"]')).toHaveText('東京都');
  await page.getByLabel('氏名').fill('山田太郎');
  await page.getByLabel('郵便番号').fill('100-0001');
  await prefecture.selectOption({ label: '東京都' });
  await page.getByLabel('市区町村').fill('千代田区');
  await page.getByLabel('町名・番地').fill('千代田1-1');
  await page.getByRole('button', { name: '次へ' }).click();
  await expect(page).toHaveURL(/\/checkout\/shipping$/);
  await page.getByRole('button', { name: '次へ' }).click();
  await payAndPlace(page, {
    card: 'カード番号',
    expiry: '有効期限（MM/YY）',
    cvc: 'セキュリティコード（CVC）',
    next: '次へ',
    place: '注文を確定する',
  });
  await expect(page).toHaveURL(/\/ja-JP\/order\/ORD-/);
  await expect(page.getByText('〒100-0001')).toBeVisible();
  await expect(page.getByText('東京都 千代田区 千代田1-1')).toBeVisible();
});

test('the address book takes a Japanese address in Japanese order and prints it so', async ({
  page,
}) => {
  await signUpWithPassword(page, uniqueEmail('address-book'));
  await page.goto(`${ACCOUNT_ORIGIN}/ja-JP/account/addresses`);
  expect(await fieldOrder(page)).toEqual([
    'country',
    'name',
    'postalCode',
    'region',
    'city',
    'line1',
    'line2',
  ]);
  await expectAutocompleteTokens(page);
  await page.getByLabel('氏名').fill('山田花子');
  await page.getByLabel('郵便番号').fill('530-0001');
  await page.getByLabel('都道府県').selectOption({ label: '大阪府' });
  await page.getByLabel('市区町村').fill('大阪市北区');
  await page.getByLabel('町名・番地').fill('梅田1-1');
  await page.getByRole('button', { name: '住所を保存' }).click();
  const book = page.getByTestId('address-book');
  await expect(book).toContainText('〒530-0001');
  await expect(book).toContainText('大阪府 大阪市北区 梅田1-1');
});

async function payAndPlace(
  page: Page,
  labels: { card: string; expiry: string; cvc: string; next: string; place: string },
) {
  await expect(page).toHaveURL(/\/checkout\/payment$/);
  await page.getByLabel(labels.card).fill(CARDS.ok);
  await page.getByLabel(labels.expiry).fill('12/30');
  await page.getByLabel(labels.cvc).fill('123');
  await page.getByRole('button', { name: labels.next }).click();
  await expect(page).toHaveURL(/\/checkout\/review$/);
  await page.getByRole('button', { name: labels.place }).click();
}

const LOCALES = [
  { locale: 'en-US', currency: 'USD', messages: enUS },
  { locale: 'de-DE', currency: 'EUR', messages: deDE },
  { locale: 'fr-FR', currency: 'EUR', messages: frFR },
  { locale: 'ja-JP', currency: 'JPY', messages: jaJP },
] as const;

for (const { locale, currency, messages } of LOCALES) {
  test(`the address step in ${locale}: accessible, and a bad postal code or unknown region gets its message`, async ({
    page,
    request,
  }) => {
    const t = messages.Checkout;
    await cartAtAddressStep(page, request, currency);
    await page.goto(`/${locale}/checkout/address`);
    await expect(page).toHaveTitle(/\S/);
    const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await expectAutocompleteTokens(page);

    await page.getByLabel(t.name).fill('Ada Lovelace');
    if (locale === 'de-DE' || locale === 'fr-FR') {
      // No regions in the market's country: choosing the US brings the state field, at once,
      // and keeps what was typed.
      await expect(page.getByLabel(t.state)).toHaveCount(0);
      await page.getByLabel(t.country, { exact: true }).selectOption('US');
      await expect(page.getByLabel(t.name)).toHaveValue('Ada Lovelace');
    }
    const region = page.locator('select[name="region"]');
    // A tampered form: an option the country does not have.
    await region
      .locator('option')
      .nth(1)
      .evaluate((option: HTMLOptionElement) => {
        option.value = 'XX';
      });
    await region.selectOption('XX');
    await page.locator('input[name="postalCode"]').fill('1');
    await page.getByRole('button', { name: t.continue }).click();
    await expect(page.locator('#field-postalCode-error')).toHaveText(t.errors.invalidPostalCode);
    await expect(page.locator('#field-region-error')).toHaveText(t.errors.invalidRegion);
    await expect(page).toHaveURL(/\/checkout\/address$/);
    const withErrors = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    expect(withErrors.violations.map((violation) => violation.id)).toEqual([]);
  });
}
