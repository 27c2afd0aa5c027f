/**
 * Client JavaScript a shopper downloads, gzip-compressed, per page: every <script src> in the
 * served HTML except the noModule polyfill (Next 16 no longer prints these sizes).
 * "bare page" is the localized 404: the shared layout with no page content.
 * Usage: tsx bench/js-bytes.ts
 */
import { gzipSync } from 'node:zlib';
import { ensureUp, products, servicesUrl, storefrontUrl } from './lib/stack';

async function scriptBytes(path: string) {
  const html = await (await fetch(`${storefrontUrl}${path}`)).text();
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1] ?? '')
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((src): src is string => Boolean(src));
  let gzip = 0;
  let raw = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, storefrontUrl))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return {
    scripts: new Set(sources).size,
    'raw KB': +(raw / 1024).toFixed(1),
    'gzip KB': +(gzip / 1024).toFixed(1),
  };
}

await ensureUp();
const [top] = await products('sort=popular&limit=1&locale=en-US&currency=USD');
const [category] =
  (
    (await (await fetch(`${servicesUrl}/catalog/categories`).catch(() => undefined))?.json()) as
      { items: { slug: string }[] } | undefined
  )?.items ?? [];
const pages: Record<string, string> = {
  'bare page (localized 404)': '/en-US/__bench-bare-page',
  home: '/en-US',
  ...(category ? { category: `/en-US/c/${category.slug}` } : {}),
  search: '/en-US/search?q=linen',
  product: `/en-US/p/${top!.slug}`,
};
const table: Record<string, Awaited<ReturnType<typeof scriptBytes>>> = {};
for (const [name, path] of Object.entries(pages)) table[name] = await scriptBytes(path);
console.table(table);
const bare = table['bare page (localized 404)']!['gzip KB'];
console.log(
  `product page / bare page (gzip): ${(table.product!['gzip KB'] / bare).toFixed(2)}x (budget 1.3x)`,
);
