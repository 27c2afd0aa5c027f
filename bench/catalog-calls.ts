/**
 * Backend cost of product page views, counted by the reference services' request counters.
 *  1. 10,000 views spread over 100 products (every page rendered once first, as in production
 *     after a deploy): catalog calls per 10,000 views.
 *  2. 200 concurrent requests for a page whose tags a webhook just expired.
 *  3. 200 concurrent requests for a product page nobody has rendered yet.
 *  4. With --stale (takes 5 minutes): 200 concurrent requests for a page past its 300 s window.
 * Usage: tsx bench/catalog-calls.ts [--stale]
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  catalogCalls,
  ensureUp,
  products,
  resetCounters,
  servicesUrl,
  storefrontUrl,
} from './lib/stack';

const view = (slug: string) => fetch(`${storefrontUrl}/en-US/p/${slug}`).then((r) => r.text());

async function burst(slug: string, count: number): Promise<number> {
  await resetCounters();
  await Promise.all(Array.from({ length: count }, () => view(slug)));
  return catalogCalls();
}

function webhookSecret(): string {
  return (
    process.env.WEBHOOK_SECRET ??
    (JSON.parse(readFileSync('.data/dev-secrets.json', 'utf8')) as { WEBHOOK_SECRET: string })
      .WEBHOOK_SECRET
  );
}

async function expireProduct(id: string): Promise<void> {
  const body = JSON.stringify({
    id: `evt_bench_${Date.now()}`,
    type: 'product.updated',
    occurredAt: new Date().toISOString(),
    entities: [{ type: 'product', id }],
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', webhookSecret())
    .update(`${timestamp}.${body}`)
    .digest('hex');
  const response = await fetch(`${storefrontUrl}/api/revalidate`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-webhook-timestamp': String(timestamp),
      'x-webhook-signature': `v1=${signature}`,
    },
  });
  if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
}

await ensureUp();
const list = await products('sort=popular&limit=100&locale=en-US&currency=USD');
for (const product of list) await view(product.slug);

await resetCounters();
const VIEWS = 10_000;
for (let done = 0; done < VIEWS; done += 100)
  await Promise.all(list.map((product) => view(product.slug)));
console.log(
  `catalog calls per ${VIEWS.toLocaleString('en-US')} product views (100 products, warm): ${await catalogCalls()}`,
);

const expired = list[10]!;
await view(expired.slug);
await expireProduct(expired.id);
console.log(
  `catalog calls for 200 concurrent views right after a webhook expired the page: ${await burst(expired.slug, 200)}`,
);

const [fresh] = await products(
  `sort=popular&limit=1&cursor=${encodeURIComponent(await cursorAt(5000))}&locale=en-US&currency=USD`,
);
console.log(
  `catalog calls for 200 concurrent views of a never-rendered product page: ${await burst(fresh!.slug, 200)}`,
);

if (process.argv.includes('--stale')) {
  const stale = list[20]!;
  await view(stale.slug);
  console.log('waiting 301 s for the page to pass its revalidate window…');
  await new Promise((resolve) => setTimeout(resolve, 301_000));
  console.log(
    `catalog calls for 200 concurrent views of a stale product page: ${await burst(stale.slug, 200)}`,
  );
}

/** Walks the popular listing to a deep position, so the product is far from the prerendered ones. */
async function cursorAt(position: number): Promise<string> {
  let cursor = '';
  for (let seen = 0; seen < position; seen += 100) {
    const response = await fetch(
      `${servicesUrl}/catalog/products?sort=popular&limit=100&locale=en-US&currency=USD${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    cursor = ((await response.json()) as { nextCursor: string }).nextCursor;
  }
  return cursor;
}
