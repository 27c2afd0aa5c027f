import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { stack } from './stack';

export const CARDS = {
  ok: '4242 4242 4242 4242',
  declined: '4000 0000 0000 9995',
  slow: '4000 0000 0000 0119',
};

/** From the cart drawer (or page) through contact, address and shipping to the payment step. */
export async function checkoutToPayment(
  page: Page,
  options: { email?: string; express?: boolean } = {},
): Promise<void> {
  await page.goto('/en-US/checkout');
  await expect(page).toHaveURL(/\/checkout\/contact$/);
  await page.getByLabel('Email').fill(options.email ?? 'ada@example.com');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/checkout\/address$/);
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('Street address').fill('1 Main St');
  await page.getByLabel('City').fill('Springfield');
  await page.getByLabel('State').selectOption('CA');
  await page.getByLabel('ZIP code').fill('94107');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/checkout\/shipping$/);
  if (options.express) await page.getByLabel(/^Express/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/checkout\/payment$/);
}

/**
 * A cart in `currency` holding one in-stock item, made through the cart service and handed to
 * the browser as its cart cookie, with the checkout draft's e-mail saved: checkout in any
 * locale opens at the address step. Answers the cart's id.
 */
export async function cartAtAddressStep(
  page: Page,
  request: APIRequestContext,
  currency: 'USD' | 'EUR' | 'JPY',
  quantity = 1,
): Promise<string> {
  const cartId = await newCartWith(request, { currency, productId: 'p000002', quantity });
  await saveDraft(request, cartId, { email: 'shopper@example.com' });
  await page.context().addCookies([{ name: 'cart', value: cartId, url: stack.storefrontUrl }]);
  return cartId;
}

/** A new cart holding `quantity` of an in-stock SKU of the product, made through the cart service. */
export async function newCartWith(
  request: APIRequestContext,
  { currency, productId, quantity = 1 }: { currency: string; productId: string; quantity?: number },
): Promise<string> {
  const services = stack.servicesUrl;
  const cart = await (await request.post(`${services}/cart/carts`, { data: { currency } })).json();
  const stock = await (await request.get(`${services}/inventory/products/${productId}`)).json();
  const { sku } = stock.items.find((item: { available: number }) => item.available >= quantity);
  const lines = `${services}/cart/carts/${cart.id}/lines`;
  expect((await request.post(lines, { data: { sku, quantity } })).ok()).toBe(true);
  return cart.id;
}

/** Saves checkout answers on a cart through the cart service. */
async function saveDraft(request: APIRequestContext, cartId: string, draft: object) {
  const saved = await request.put(`${stack.servicesUrl}/cart/carts/${cartId}/checkout`, {
    data: draft,
  });
  expect(saved.ok()).toBe(true);
}

/**
 * As cartAtAddressStep, with every answer saved up to a tokenized test card: the browser opens
 * checkout at the review, shipping standard to `address`.
 */
export async function cartAtReviewStep(
  page: Page,
  request: APIRequestContext,
  currency: 'USD' | 'EUR' | 'JPY',
  address: object,
  quantity = 1,
): Promise<string> {
  const cartId = await cartAtAddressStep(page, request, currency, quantity);
  const tokenized = await request.post(`${stack.servicesUrl}/payment/methods`, {
    data: { card: { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' } },
  });
  const { id, brand, last4 } = await tokenized.json();
  await saveDraft(request, cartId, {
    shippingAddress: address,
    shippingMethod: 'standard',
    paymentMethod: { id, brand, last4 },
  });
  return cartId;
}

export async function payWith(page: Page, card: string): Promise<void> {
  await page.getByLabel('Card number').fill(card);
  await page.getByLabel('Expiry date (MM/YY)').fill('12/30');
  await page.getByLabel('Security code (CVC)').fill('123');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/checkout\/review$/);
}

export async function paymentStats(
  request: APIRequestContext,
): Promise<{ charges: number; byStatus: Record<string, number> }> {
  return (await request.get(`${stack.servicesUrl}/payment/stats`)).json();
}

/** The shopper's cart straight from the cart service (the id is in the httpOnly cookie). */
export async function serviceCart(page: Page, request: APIRequestContext) {
  const id = (await page.context().cookies()).find((cookie) => cookie.name === 'cart')?.value;
  return (await request.get(`${stack.servicesUrl}/cart/carts/${id}`)).json();
}

/** Available stock of every SKU in a cart, to check that a failed checkout released its hold. */
export async function stockOf(
  request: APIRequestContext,
  lines: Array<{ sku: string; productId: string }>,
): Promise<Record<string, number>> {
  const stock: Record<string, number> = {};
  for (const line of lines) {
    const product = await (
      await request.get(`${stack.servicesUrl}/inventory/products/${line.productId}`)
    ).json();
    stock[line.sku] = product.items.find(
      (item: { sku: string }) => item.sku === line.sku,
    ).available;
  }
  return stock;
}
