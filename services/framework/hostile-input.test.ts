import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServices, type TestServices } from '../testing/test-services';

let services: TestServices;

beforeAll(async () => {
  services = await startTestServices();
});
afterAll(() => services.close());

/** Every answer to hostile input: a 4xx with a code and a message, never the input echoed. */
function expectRefused(
  response: { status: number; headers: Headers; body: unknown },
  status: number,
) {
  expect(response.status).toBe(status);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const text = JSON.stringify(response.body);
  expect(text).not.toContain('\\u0000');
  expect(text).not.toContain('<script');
  return response.body as { error: { code: string; message: string } };
}

describe('hostile input', () => {
  it('refuses a NUL or another control character in an id with 400, on every service', async () => {
    for (const path of [
      '/cart/carts/%00',
      '/checkout/orders/%00',
      '/payment/authorizations/%00',
      '/catalog/products/p0000%0A01',
    ]) {
      const { error } = expectRefused(await services.request('GET', path), 400);
      expect(error.code).toBe('invalid_path');
    }
  });

  it('refuses a NUL inside a JSON body and nesting no API uses', async () => {
    const lookup = await services.request('POST', '/checkout/orders/lookup', {
      body: { number: 'NW-\u0000', email: 'a@example.com' },
    });
    expect(expectRefused(lookup, 400).error.code).toBe('invalid_body');

    const deep = `${'['.repeat(5_000)}"x"${']'.repeat(5_000)}`;
    const nested = await services.request('POST', '/checkout/orders/lookup', { body: deep });
    expect(expectRefused(nested, 400).error.message).toMatch(/nests deeper/);
  });

  it('does not echo a path or an id it cannot find', async () => {
    const unknownRoute = await services.request('GET', '/catalog/<script>alert(1)</script>');
    expectRefused(unknownRoute, 404);
    const unknownProduct = await services.request('GET', '/catalog/products/%3Cscript%3E');
    expect(expectRefused(unknownProduct, 404).error.message).toBe('Product not found');
    const badEncoding = await services.request('GET', '/catalog/products/%E0%A4%A');
    expect(expectRefused(badEncoding, 400).error.code).toBe('invalid_path');
  });
});
