import { expect, type APIRequestContext } from '@playwright/test';
import { newCartWith } from './checkout';
import { listProducts, type ListedProduct } from './services';
import { stack } from './stack';

/** A product nobody has reviewed yet, with stock: a new review is then the one the page shows. */
export async function unreviewedProduct(request: APIRequestContext): Promise<ListedProduct> {
  const products = await listProducts(request, 'category=c002&sort=newest&limit=60&locale=en-US');
  for (const product of products) {
    const reviews = await request.get(`${stack.servicesUrl}/reviews/products/${product.id}`);
    if ((await reviews.json()).summary.count === 0) return product;
  }
  throw new Error('every listed product has reviews');
}

/** An order of one of `productId`, placed through the services (no browser holds it yet). */
export async function orderOf(
  request: APIRequestContext,
  productId: string,
  email: string,
): Promise<string> {
  const cartId = await newCartWith(request, { currency: 'USD', productId });
  const placed = await request.post(`${stack.servicesUrl}/checkout/orders`, {
    headers: { 'idempotency-key': `review-e2e-${cartId}` },
    data: {
      cartId,
      email,
      shippingAddress: {
        name: 'Ada Lovelace',
        line1: '1 Main St',
        city: 'Springfield',
        region: 'CA',
        postalCode: '94107',
        country: 'US',
      },
    },
  });
  expect(placed.status()).toBe(201);
  return (await placed.json()).id;
}

/** The schema.org Product of the page's JSON-LD. */
export async function productJsonLd(html: string) {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
  return scripts.map((match) => JSON.parse(match[1]!)).find((node) => node['@type'] === 'Product');
}
