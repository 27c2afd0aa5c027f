import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  startTestServices,
  TEST_WEBHOOK_SECRET,
  type TestServices,
} from '@/services/testing/test-services';
import type { ProductSummary } from '../catalog/types';

let services: TestServices;
let search: typeof import('./client').search;
let product: ProductSummary;

beforeAll(async () => {
  services = await startTestServices({ catalogSize: 200 });
  // lib/env/server.ts reads the environment once, so it must be set before the client loads.
  process.env.SERVICES_URL = services.url;
  process.env.WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
  ({ search } = await import('./client'));
  const { catalog } = await import('../catalog/client');
  const list = await catalog.listProducts({ locale: 'en-US', limit: 1 });
  if (!list.ok || !list.value.items[0]) throw new Error('the reference catalog listed no product');
  product = list.value.items[0];
});
afterAll(async () => {
  await services.close();
  rmSync(services.dataDir, { recursive: true, force: true });
});

describe('search.products', () => {
  it('finds a product by its name, priced in the currency of the locale', async () => {
    const result = await search.products({ locale: 'de-DE', q: product.name, limit: 100 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const found = result.value.items.find((item) => item.id === product.id);
    expect(found?.price.currency).toBe('EUR');
  });

  it('pages with the cursor of the previous page', async () => {
    const q = product.name.split(' ')[0] ?? product.name;
    const first = await search.products({ locale: 'en-US', q, limit: 1 });
    if (!first.ok || !first.value.nextCursor)
      throw new Error(`expected more than one match for "${q}"`);
    const second = await search.products({
      locale: 'en-US',
      q,
      limit: 1,
      cursor: first.value.nextCursor,
    });
    expect(second.ok && second.value.items[0]?.id).not.toBe(first.value.items[0]?.id);
  });

  it('reports a malformed query as an HTTP 400', async () => {
    const result = await search.products({ locale: 'en-US', q: 'x'.repeat(201) });
    expect(result.ok === false && result.error).toMatchObject({
      kind: 'http',
      status: 400,
      retryable: false,
    });
  });

  it('reports a refused connection as a network error', async () => {
    vi.resetModules();
    process.env.SERVICES_URL = 'http://127.0.0.1:1';
    const offline = (await import('./client')).search;
    const result = await offline.products({ locale: 'en-US', q: product.name });
    expect(result.ok === false && result.error).toMatchObject({ kind: 'network', retryable: true });
  });
});
