import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '@/lib/services/transport/result';

const jar = vi.hoisted(() => new Map<string, string>());
const requestStockAlert = vi.hoisted(() => vi.fn());

vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => {
      const value = jar.get(name);
      return value === undefined ? undefined : { name, value };
    },
  }),
}));
vi.mock('@/lib/seo/site-url', () => ({ siteUrl: () => 'http://shop.test' }));
vi.mock('@/lib/services/customers/client', () => ({ customers: { requestStockAlert } }));
// The message key (and its values) stands in for the localized text.
vi.mock('next-intl/server', () => ({
  getTranslations: async () => (key: string, values?: Record<string, unknown>) =>
    values ? `${key} ${JSON.stringify(values)}` : key,
}));

const { requestStockAlert: action } = await import('./stock-alert-actions');

const SESSION = 'b'.repeat(43);
const SKU = 'p000123-sand-one-size';
const accepted = { ok: true, value: undefined } as const;
const failed = (status: number, retryAfterSeconds?: number): Result<never> => ({
  ok: false,
  error: {
    kind: 'http',
    status,
    retryAfterSeconds,
    service: 'customers',
    operation: 'requestStockAlert',
    message: '',
    retryable: status === 429,
  },
});

function posted(fields: Record<string, string>): FormData {
  const form = new FormData();
  form.set('locale', 'de-DE');
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

beforeEach(() => {
  jar.clear();
  requestStockAlert.mockReset();
});

describe('requestStockAlert', () => {
  it.each(['', 'p000123', 'p000123-navy-M; drop', `p000123-${'x'.repeat(57)}`, 'sku-navy-M'])(
    'refuses a SKU that is not the catalog’s shape (%s) without asking the service',
    async (sku) => {
      expect(await action({}, posted({ sku, email: 'a@example.com' }))).toEqual({
        message: 'stockAlert.unknownVariant',
      });
      expect(requestStockAlert).not.toHaveBeenCalled();
    },
  );

  it('subscribes a signed-in shopper with the session, no address asked', async () => {
    jar.set('session', SESSION);
    requestStockAlert.mockResolvedValue(accepted);
    expect(await action({}, posted({ sku: SKU }))).toEqual({ done: 'stockAlert.subscribed' });
    expect(requestStockAlert).toHaveBeenCalledWith({ sku: SKU, locale: 'de-DE' }, SESSION);
  });

  it('asks for an address when the session is gone', async () => {
    jar.set('session', SESSION);
    requestStockAlert.mockResolvedValue(failed(401));
    expect(await action({}, posted({ sku: SKU }))).toEqual({
      errors: { email: 'errors.emailInvalid' },
      values: { email: '' },
    });
  });

  it('sends a guest’s address for a confirmation link', async () => {
    requestStockAlert.mockResolvedValue(accepted);
    expect(await action({}, posted({ sku: SKU, email: ' a@example.com ' }))).toEqual({
      done: 'stockAlert.confirmSent',
    });
    expect(requestStockAlert).toHaveBeenCalledWith({
      sku: SKU,
      locale: 'de-DE',
      email: 'a@example.com',
    });
  });

  it('refuses a malformed address and keeps what was typed', async () => {
    expect(await action({}, posted({ sku: SKU, email: 'not-an-address' }))).toEqual({
      errors: { email: 'errors.emailInvalid' },
      values: { email: 'not-an-address' },
    });
    expect(requestStockAlert).not.toHaveBeenCalled();
  });

  it('says how long to wait when rate limited, and when the variant is unknown', async () => {
    requestStockAlert.mockResolvedValueOnce(failed(429, 120));
    expect(await action({}, posted({ sku: SKU, email: 'a@example.com' }))).toMatchObject({
      message: 'errors.tooManyAttempts {"minutes":2}',
    });
    requestStockAlert.mockResolvedValueOnce(failed(404));
    expect(await action({}, posted({ sku: SKU, email: 'a@example.com' }))).toMatchObject({
      message: 'stockAlert.unknownVariant',
    });
  });
});
