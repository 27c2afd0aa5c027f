import { existsSync, readFileSync } from 'node:fs';

/**
 * Bench scripts measure a running stack (`npm start` in another terminal by default), on
 * loopback only. Override with BENCH_URL / BENCH_SERVICES_URL.
 */
export const storefrontUrl = process.env.BENCH_URL ?? 'http://127.0.0.1:3000';
export const servicesUrl = process.env.BENCH_SERVICES_URL ?? 'http://127.0.0.1:4010';

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])$/;
for (const url of [storefrontUrl, servicesUrl]) {
  if (!LOOPBACK.test(new URL(url).hostname))
    throw new Error(`bench targets loopback only, not ${url}`);
}

export function adminToken(): string {
  if (process.env.ADMIN_TOKEN) return process.env.ADMIN_TOKEN;
  if (existsSync('.data/dev-secrets.json'))
    return (JSON.parse(readFileSync('.data/dev-secrets.json', 'utf8')) as { ADMIN_TOKEN: string })
      .ADMIN_TOKEN;
  throw new Error('No ADMIN_TOKEN: set it or start the stack with `npm start` first.');
}

export async function resetCounters(): Promise<void> {
  await fetch(`${servicesUrl}/__ops/counters/reset`, { method: 'POST' });
}

export async function catalogCalls(): Promise<number> {
  const body = (await (await fetch(`${servicesUrl}/__ops/counters`)).json()) as {
    services: Record<string, number>;
  };
  return body.services.catalog ?? 0;
}

export interface ListedProduct {
  id: string;
  slug: string;
  price: { amount: number };
}

export async function products(query: string): Promise<ListedProduct[]> {
  const response = await fetch(`${servicesUrl}/catalog/products?${query}`);
  return ((await response.json()) as { items: ListedProduct[] }).items;
}

export async function ensureUp(): Promise<void> {
  for (const url of [`${storefrontUrl}/en-US`, `${servicesUrl}/__ops/health`]) {
    const response = await fetch(url).catch(() => undefined);
    if (!response?.ok)
      throw new Error(`${url} is not answering: start the stack with \`npm start\` first.`);
  }
}
