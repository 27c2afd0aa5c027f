import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { cartAtAddressStep, cartAtReviewStep, paymentStats, serviceCart } from './support/checkout';
import { stack } from './support/stack';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const admin = { authorization: `Bearer ${stack.adminToken}` };

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
}

/** A fresh code made through the admin API, so no other test has used it up. */
async function createCode(request: APIRequestContext, body: Record<string, unknown>) {
  const code = `${String(body.code)}${Date.now().toString(36).toUpperCase()}`;
  const created = await request.post(`${stack.servicesUrl}/admin/promo-codes`, {
    data: { ...body, code },
    headers: admin,
  });
  expect(created.status()).toBe(201);
  return code;
}

const money = (amount: number, locale: string, currency: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    currency === 'JPY' ? amount : amount / 100,
  );

const CALIFORNIA = {
  name: 'Ada Lovelace',
  line1: '1 Market St',
  city: 'San Francisco',
  region: 'CA',
  postalCode: '94105',
  country: 'US',
};

const LOCALES = [
  {
    locale: 'en-US',
    currency: 'USD',
    label: 'Promo code',
    apply: 'Apply',
    discount: 'Discount (WELCOME10)',
    expired: 'This code has expired.',
  },
  {
    locale: 'de-DE',
    currency: 'EUR',
    label: 'Gutscheincode',
    apply: 'Einlösen',
    discount: 'Rabatt (WELCOME10)',
    expired: 'Dieser Code ist abgelaufen.',
  },
  {
    locale: 'fr-FR',
    currency: 'EUR',
    label: 'Code promo',
    apply: 'Appliquer',
    discount: 'Remise (WELCOME10)',
    expired: 'Ce code a expiré.',
  },
  {
    locale: 'ja-JP',
    currency: 'JPY',
    label: 'クーポンコード',
    apply: '適用',
    discount: '割引（WELCOME10）',
    expired: 'このコードは有効期限が切れています。',
  },
] as const;

for (const { locale, currency, label, apply, discount, expired } of LOCALES) {
  for (const device of ['desktop', 'phone'] as const) {
    test(`a code changes the cart total and an expired one is refused (${locale}, ${device})`, async ({
      page,
      request,
    }) => {
      if (device === 'phone') await page.setViewportSize({ width: 390, height: 844 });
      await cartAtAddressStep(page, request, currency, 2);
      await page.goto(`/${locale}/cart`);
      const field = page.getByLabel(label, { exact: true });
      const status = page.getByTestId('promo-code-status');

      await field.fill('summer20');
      await page.getByRole('button', { name: apply, exact: true }).click();
      await expect(status).toHaveText(expired);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expectAccessible(page);

      // By keyboard: Enter in the field applies the code.
      await field.fill('welcome10');
      await field.press('Enter');
      await expect(page.getByText(discount, { exact: true })).toBeVisible();
      const { subtotal, totals } = await serviceCart(page, request);
      expect(totals.discount.amount).toBe(Math.floor((subtotal.amount * 10 * 2 + 100) / 200));
      await expect(page.getByText(money(totals.discount.amount, locale, currency))).toBeVisible();
      await expectAccessible(page);

      // Reload: the code stays on the cart, priced by the services.
      await page.reload();
      await expect(page.getByText(discount, { exact: true })).toBeVisible();
    });
  }
}

test('a US order adds the state sales tax and charges the discounted total', async ({
  page,
  request,
}) => {
  const code = await createCode(request, { code: 'E2ESAVE', kind: 'percent', percent: 15 });
  const cartId = await cartAtReviewStep(page, request, 'USD', CALIFORNIA, 2);
  await request.put(`${stack.servicesUrl}/cart/carts/${cartId}/promo-code`, { data: { code } });
  await page.goto('/en-US/checkout/review');
  const { totals } = await serviceCart(page, request);
  await expect(page.getByText(`Discount (${code})`)).toBeVisible();
  await expect(page.locator('[data-tax-line="US-CA"] dt')).toHaveText('Sales tax CA (7.25%)');
  await expect(page.locator('[data-tax-line="US-CA"] dd')).toHaveText(
    money(totals.tax.total.amount, 'en-US', 'USD'),
  );
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/en-US\/order\/ORD-[A-Z0-9]{6}$/);
  const orderId = page.url().split('/').pop()!;
  const order = await (await request.get(`${stack.servicesUrl}/checkout/orders/${orderId}`)).json();
  expect(order.total).toEqual(totals.total);
  expect(order.promotion.code).toBe(code);
  // What the review showed is what the order page shows and what was charged.
  await expect(page.getByText(`Discount (${code})`)).toBeVisible();
  await expect(page.locator('[data-tax-line="US-CA"] dd')).toHaveText(
    money(order.tax.total.amount, 'en-US', 'USD'),
  );
  await expect(page.getByText(money(order.total.amount, 'en-US', 'USD')).first()).toBeVisible();
});

test('a German review shows the VAT the total includes', async ({ page, request }) => {
  await cartAtReviewStep(page, request, 'EUR', {
    name: 'Erika Mustermann',
    line1: 'Unter den Linden 1',
    city: 'Berlin',
    postalCode: '10117',
    country: 'DE',
  });
  await page.goto('/de-DE/checkout/review');
  const { totals } = await serviceCart(page, request);
  await expect(page.locator('[data-tax-line="DE-VAT"] dt')).toHaveText(/^inkl\. MwSt\. \(19\s%\)$/);
  expect(totals.tax.net.amount + totals.tax.total.amount).toBe(totals.total.amount);
  await expect(page.getByText('Summe ohne Steuer')).toBeVisible();
  await expectAccessible(page);
});

test('a code disabled after it was applied is refused at place-order, with nothing charged', async ({
  page,
  request,
}) => {
  const code = await createCode(request, { code: 'E2EGONE', kind: 'free_shipping' });
  const cartId = await cartAtReviewStep(page, request, 'USD', CALIFORNIA);
  await request.put(`${stack.servicesUrl}/cart/carts/${cartId}/promo-code`, { data: { code } });
  await page.goto('/en-US/checkout/review');
  await expect(page.getByText(`Free shipping with ${code}`)).toBeVisible();
  const before = await paymentStats(request);

  await request.post(`${stack.servicesUrl}/admin/promo-codes/${code}/disable`, { headers: admin });
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/checkout\/review\?error=promo_disabled$/);
  await expect(page.getByRole('alert').filter({ hasText: 'promo code' })).toHaveText(
    'Your promo code can no longer be used (This code is no longer valid.) and was removed. Please check the new total and place the order again.',
  );
  await expect(page.getByText(`Free shipping with ${code}`)).toHaveCount(0);
  expect((await paymentStats(request)).charges).toBe(before.charges);
  const { totals, status } = await serviceCart(page, request);
  expect(status).toBe('open');
  expect(totals.shipping.amount).toBe(500);

  // Placing again charges the total now shown.
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/en-US\/order\/ORD-[A-Z0-9]{6}$/);
});
