/**
 * Cached product and category page throughput and latency next to a static file from the same
 * server.
 * autocannon, 50 connections, 10 s each, loopback only. Usage: tsx bench/throughput.ts
 */
import { CONNECTIONS, DURATION_S, measure } from './lib/load';
import { catalogCalls, ensureUp, products, resetCounters, storefrontUrl } from './lib/stack';

async function staticAssetUrl(pagePath: string): Promise<string> {
  const html = await (await fetch(`${storefrontUrl}${pagePath}`)).text();
  const src = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error('no static script found on the page');
  return `${storefrontUrl}${src}`;
}

await ensureUp();
const [top] = await products('sort=popular&limit=1&locale=en-US&currency=USD');
const productPath = `/en-US/p/${top!.slug}`;
await fetch(`${storefrontUrl}${productPath}`); // make sure it is cached

const staticResult = await measure(await staticAssetUrl(productPath));
await resetCounters();
const pageResult = await measure(`${storefrontUrl}${productPath}`);
const calls = await catalogCalls();
const categoryPath = '/en-US/c/women';
await fetch(`${storefrontUrl}${categoryPath}`); // make sure it is cached
const categoryResult = await measure(`${storefrontUrl}${categoryPath}`);

console.log(`connections ${CONNECTIONS}, ${DURATION_S} s each`);
console.table({
  'static file (same server)': staticResult,
  'cached product page': pageResult,
  'cached category page': categoryResult,
});
console.log(
  `product page / static file throughput: ${(pageResult.rps / staticResult.rps).toFixed(2)}x`,
);
console.log(
  `category page / product page throughput: ${(categoryResult.rps / pageResult.rps).toFixed(2)}x`,
);
console.log(`catalog calls during the product page run: ${calls}`);
