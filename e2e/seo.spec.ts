import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { stack } from './support/stack';

/** The reference services behind the storefront under test (overridable to run against another stack). */
const servicesUrl = process.env.SEO_E2E_SERVICES_URL ?? stack.servicesUrl;

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'ja-JP'];

async function listProducts(
  request: APIRequestContext,
  query: string,
): Promise<{ id: string; slug: string; name: string }[]> {
  return (
    (await (await request.get(`${servicesUrl}/catalog/products?${query}`)).json()) as {
      items: { id: string; slug: string; name: string }[];
    }
  ).items;
}
const HREFLANGS = [...LOCALES, 'x-default'];

/** Sitemaps and metadata carry absolute SITE_URL links; the test stack answers on its own origin. */
const local = (absolute: string) => {
  const url = new URL(absolute);
  return `${url.pathname}${url.search}`;
};

interface ParsedUrlset {
  wellFormed: boolean;
  root: string;
  urls: { loc: string; lastmod: string | null; alternates: Record<string, string> }[];
}

/** Parses XML with the browser's real XML parser (a parse error fails the test). */
async function parseUrlset(page: Page, xml: string): Promise<ParsedUrlset> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const wellFormed = doc.getElementsByTagName('parsererror').length === 0;
    const urls = Array.from(
      doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url'),
    ).map((url) => ({
      loc:
        url.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')[0]
          ?.textContent ?? '',
      lastmod:
        url.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'lastmod')[0]
          ?.textContent ?? null,
      alternates: Object.fromEntries(
        Array.from(url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')).map(
          (link) => [link.getAttribute('hreflang'), link.getAttribute('href')],
        ),
      ),
    }));
    return { wellFormed, root: doc.documentElement.localName, urls };
  }, xml);
}

async function sitemapIndex(page: Page, request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  expect(response.headers()['cache-control']).toMatch(/s-maxage=3600/);
  const xml = await response.text();
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    if (
      doc.getElementsByTagName('parsererror').length > 0 ||
      doc.documentElement.localName !== 'sitemapindex'
    )
      return [];
    return Array.from(
      doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc'),
    ).map((loc) => loc.textContent ?? '');
  }, xml);
}

async function catalogTotal(request: APIRequestContext): Promise<number> {
  const response = await request.get(`${servicesUrl}/catalog/products?limit=1`);
  return ((await response.json()) as { total: number }).total;
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((block) => {
    const data = JSON.parse(block) as Record<string, unknown> | Record<string, unknown>[];
    const nodes = Array.isArray(data) ? data : [data];
    return nodes.flatMap((node) =>
      Array.isArray(node['@graph']) ? (node['@graph'] as Record<string, unknown>[]) : [node],
    );
  });
}

function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test('robots.txt allows crawling, keeps out of /api/ and points at the sitemap index', async ({
  request,
}) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/User-Agent: \*/i);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).toMatch(/^Disallow: \/api\/$/m);
  expect(text).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
});

test('the sitemap index lists the category shard and one product shard per 2,500 products', async ({
  page,
  request,
}) => {
  const locs = await sitemapIndex(page, request);
  const total = await catalogTotal(request);
  const paths = locs.map(local);
  expect(paths[0]).toBe('/sitemaps/categories.xml');
  expect(paths.slice(1)).toEqual(
    Array.from({ length: Math.ceil(total / 2500) }, (_, i) => `/sitemaps/products-${i + 1}.xml`),
  );
});

test('product shards cover every product exactly once per locale, with hreflang alternates', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const total = await catalogTotal(request);
  const shards = (await sitemapIndex(page, request))
    .map(local)
    .filter((path) => path.startsWith('/sitemaps/products-'));
  const seen = new Map<string, number>();
  for (const shard of shards) {
    const response = await request.get(shard);
    expect(response.status(), shard).toBe(200);
    expect(response.headers()['cache-control']).toMatch(/public, s-maxage=3600/);
    const parsed = await parseUrlset(page, await response.text());
    expect(parsed.wellFormed, shard).toBe(true);
    expect(parsed.root).toBe('urlset');
    expect(parsed.urls.length).toBeGreaterThan(0);
    expect(parsed.urls.length).toBeLessThanOrEqual(10_000);
    const expected = [...HREFLANGS].sort().join(',');
    const bad = parsed.urls.filter(
      (url) =>
        Object.keys(url.alternates).sort().join(',') !== expected ||
        !Object.values(url.alternates).includes(url.loc) ||
        url.alternates['x-default'] !== url.alternates['en-US'] ||
        !/^\d{4}-\d{2}-\d{2}T/.test(url.lastmod ?? ''),
    );
    expect(bad.slice(0, 3), shard).toEqual([]);
    for (const url of parsed.urls) seen.set(url.loc, (seen.get(url.loc) ?? 0) + 1);
  }
  expect(seen.size).toBe(total * LOCALES.length);
  expect([...seen.values()].filter((count) => count !== 1)).toEqual([]);
  const paths = [...seen.keys()].map((loc) => new URL(loc).pathname);
  const perLocale = LOCALES.map(
    (locale) => paths.filter((path) => path.startsWith(`/${locale}/p/`)).length,
  );
  expect(perLocale).toEqual(LOCALES.map(() => total));

  // A product the catalog lists is in there, in every locale.
  const [product] = await listProducts(request, 'sort=popular&limit=1&locale=en-US&currency=USD');
  for (const locale of LOCALES) expect(paths).toContain(`/${locale}/p/${product!.slug}`);
});

test('the category shard lists every home and category page in every locale', async ({
  page,
  request,
}) => {
  const categories = (
    (await (await request.get(`${servicesUrl}/catalog/categories?locale=en-US`)).json()) as {
      items: { slug: string }[];
    }
  ).items;
  const response = await request.get('/sitemaps/categories.xml');
  expect(response.status()).toBe(200);
  const parsed = await parseUrlset(page, await response.text());
  expect(parsed.wellFormed).toBe(true);
  const paths = parsed.urls.map((url) => new URL(url.loc).pathname);
  expect(paths).toHaveLength((categories.length + 1) * LOCALES.length);
  for (const locale of LOCALES) {
    expect(paths).toContain(`/${locale}`);
    for (const category of categories) expect(paths).toContain(`/${locale}/c/${category.slug}`);
  }
  expect(
    parsed.urls.filter(
      (url) => Object.keys(url.alternates).sort().join(',') !== [...HREFLANGS].sort().join(','),
    ),
  ).toEqual([]);
});

test('unknown and out-of-range sitemap shards are 404', async ({ request }) => {
  for (const path of [
    '/sitemaps/products-999.xml',
    '/sitemaps/products-0.xml',
    '/sitemaps/products-01.xml',
    '/sitemaps/brands.xml',
    '/sitemaps/products-1.txt',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('the home page has canonical, hreflang, OpenGraph and JSON-LD for the organization, site search and best sellers', async ({
  page,
  request,
}) => {
  await page.goto('/de-DE');
  const head = page.locator('head');
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/de-DE$/);
  for (const hreflang of HREFLANGS) {
    await expect(head.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveAttribute(
      'href',
      new RegExp(`/${hreflang === 'x-default' ? 'en-US' : hreflang}$`),
    );
  }
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    /Northwind Supply/,
  );
  await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'de_DE');
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  );
  const ogImage = await head.locator('meta[property="og:image"]').first().getAttribute('content');
  expect(ogImage).toMatch(/\/de-DE\/opengraph-image/);

  const nodes = await jsonLd(page);
  const types = nodes.map((node) => node['@type']);
  expect(types).toEqual(expect.arrayContaining(['Organization', 'WebSite', 'ItemList']));
  const website = nodes.find((node) => node['@type'] === 'WebSite')!;
  expect(JSON.stringify(website.potentialAction)).toContain('/de-DE/search?q={search_term_string}');
  const list = nodes.find((node) => node['@type'] === 'ItemList') as {
    itemListElement: { position: number; url: string }[];
  };
  expect(list.itemListElement.length).toBeGreaterThan(0);
  expect(list.itemListElement[0]).toMatchObject({
    position: 1,
    url: expect.stringMatching(/\/de-DE\/p\/[a-z0-9-]+-p\d{6}$/),
  });

  const image = await request.get(local(ogImage!));
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
});

test('category and product OpenGraph images render offline as 1200x630 PNGs in every locale', async ({
  request,
}) => {
  const [product] = await listProducts(request, 'sort=popular&limit=1&locale=en-US&currency=USD');
  const categories = (
    (await (await request.get(`${servicesUrl}/catalog/categories?locale=en-US`)).json()) as {
      items: { slug: string }[];
    }
  ).items;
  for (const locale of LOCALES) {
    for (const path of [
      `/${locale}/opengraph-image`,
      `/${locale}/c/${categories[0]!.slug}/opengraph-image`,
      `/${locale}/p/${product!.slug}/opengraph-image`,
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toBe('image/png');
      expect(pngSize(await response.body()), path).toEqual({ width: 1200, height: 630 });
    }
  }
  expect((await request.get('/en-US/p/no-such-thing-p999999/opengraph-image')).status()).toBe(404);
});

// Enabled once the product and category pages render <JsonLd> (see the SEO hand-over notes).
test('a product page has Product JSON-LD with one offer per variant and a BreadcrumbList', async ({
  page,
  request,
}) => {
  const [summary] = await listProducts(request, 'sort=popular&limit=1&locale=en-US&currency=USD');
  const product = (await (
    await request.get(`${servicesUrl}/catalog/products/${summary!.id}?locale=en-US&currency=USD`)
  ).json()) as {
    name: string;
    variants: { sku: string; price: { amount: number; currency: string } }[];
  };
  await page.goto(`/en-US/p/${summary!.slug}`);
  const nodes = await jsonLd(page);
  const node = nodes.find((n) => n['@type'] === 'Product') as {
    name: string;
    brand: { name: string };
    offers: {
      '@type': string;
      sku: string;
      price: string;
      priceCurrency: string;
      url: string;
      itemCondition: string;
    }[];
  };
  expect(node).toBeDefined();
  expect(node.name).toBe(product.name);
  expect(node.brand.name).toBeTruthy();
  expect(node.offers.map((offer) => offer.sku).sort()).toEqual(
    product.variants.map((variant) => variant.sku).sort(),
  );
  for (const offer of node.offers) {
    const variant = product.variants.find((v) => v.sku === offer.sku)!;
    expect(offer).toMatchObject({
      '@type': 'Offer',
      priceCurrency: 'USD',
      price: (variant.price.amount / 100).toFixed(2),
      itemCondition: 'https://schema.org/NewCondition',
    });
    expect(offer.url).toMatch(new RegExp(`/en-US/p/${summary!.slug}\\?color=[^&]+&size=.+$`));
  }
  const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList') as {
    itemListElement: { position: number; name: string; item?: string }[];
  };
  expect(crumbs).toBeDefined();
  expect(crumbs.itemListElement[0]).toMatchObject({
    position: 1,
    item: expect.stringMatching(/\/en-US$/),
  });
  expect(crumbs.itemListElement.at(-1)).toMatchObject({ name: product.name });

  // Yen have no decimals.
  await page.goto(`/ja-JP/p/${summary!.slug}`);
  const yen = (await jsonLd(page)).find((n) => n['@type'] === 'Product') as {
    offers: { price: string; priceCurrency: string }[];
  };
  for (const offer of yen.offers)
    expect(offer).toMatchObject({ priceCurrency: 'JPY', price: expect.stringMatching(/^\d+$/) });
});

test('a category page has an ItemList of its products and a BreadcrumbList', async ({
  page,
  request,
}) => {
  const categories = (
    (await (await request.get(`${servicesUrl}/catalog/categories?locale=fr-FR`)).json()) as {
      items: { slug: string }[];
    }
  ).items;
  await page.goto(`/fr-FR/c/${categories[0]!.slug}`);
  const shown = await page
    .locator('main article h3 a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  const nodes = await jsonLd(page);
  const list = nodes.find((n) => n['@type'] === 'ItemList') as {
    itemListElement: { position: number; url: string }[];
  };
  expect(list).toBeDefined();
  expect(list.itemListElement.map((item) => new URL(item.url).pathname)).toEqual(shown);
  expect(list.itemListElement.map((item) => item.position)).toEqual(shown.map((_, i) => i + 1));
  expect(nodes.some((n) => n['@type'] === 'BreadcrumbList')).toBe(true);
});
