import type { APIRequestContext } from '@playwright/test';
import { stack } from './stack';

/** Test-side access to the reference services' ops and admin APIs over real HTTP. */
export interface Counters {
  routes: Record<string, number>;
  services: Record<string, number>;
}

export async function resetCounters(
  request: APIRequestContext,
  servicesUrl: string = stack.servicesUrl,
): Promise<void> {
  const response = await request.post(`${servicesUrl}/__ops/counters/reset`);
  if (!response.ok()) throw new Error(`counter reset answered ${response.status()}`);
}

export async function counters(
  request: APIRequestContext,
  servicesUrl: string = stack.servicesUrl,
): Promise<Counters> {
  return (await (await request.get(`${servicesUrl}/__ops/counters`)).json()) as Counters;
}

/** Switches the services' simulated outage; `latencyMs` with mode 'none' is a hang. */
export async function setFaults(
  request: APIRequestContext,
  mode: 'none' | 'down' | 'error',
  latencyMs = 0,
): Promise<void> {
  const response = await request.post(`${stack.servicesUrl}/__ops/faults`, {
    data: { mode, latencyMs },
  });
  if (!response.ok()) throw new Error(`fault switch answered ${response.status()}`);
}

export async function admin(
  request: APIRequestContext,
  method: 'PATCH' | 'PUT',
  path: string,
  data: unknown,
  servicesUrl: string = stack.servicesUrl,
) {
  const response = await request.fetch(`${servicesUrl}/admin${path}`, {
    method,
    data,
    headers: { authorization: `Bearer ${stack.adminToken}` },
  });
  if (!response.ok())
    throw new Error(
      `admin ${method} ${path} answered ${response.status()}: ${await response.text()}`,
    );
  return (await response.json()) as { webhook: { delivered: boolean; status: number | null } };
}

export interface ListedProduct {
  id: string;
  slug: string;
  name: string;
  price: { amount: number; currency: string };
}

/** Products straight from the catalog, bypassing the storefront. */
export async function listProducts(
  request: APIRequestContext,
  query: string,
  servicesUrl: string = stack.servicesUrl,
): Promise<ListedProduct[]> {
  const response = await request.get(`${servicesUrl}/catalog/products?${query}`);
  return ((await response.json()) as { items: ListedProduct[] }).items;
}

interface ColorfulProduct {
  slug: string;
  colors: Array<{ value: string; label: string }>;
}

/** A popular product that comes in three colours or more, as the locale names them. */
export async function colorfulProduct(
  request: APIRequestContext,
  locale: string,
  currency: string,
): Promise<ColorfulProduct> {
  const listed = await listProducts(
    request,
    `category=c002&sort=popular&limit=20&locale=${locale}&currency=${currency}`,
  );
  for (const { id } of listed) {
    const response = await request.get(
      `${stack.servicesUrl}/catalog/products/${id}?locale=${locale}&currency=${currency}`,
    );
    const product = (await response.json()) as {
      slug: string;
      options: Array<{ name: string; values: Array<{ value: string; label: string }> }>;
    };
    const colors = product.options.find((option) => option.name === 'color')?.values ?? [];
    if (colors.length >= 3) return { slug: product.slug, colors };
  }
  throw new Error('no product with three colours among the popular ones');
}
