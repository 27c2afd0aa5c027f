import { bareUrl } from './lighthouse-bare';
import { products, servicesUrl, storefrontUrl } from './stack';

/**
 * The pages measured, in the order they run in each round. `bare` is the reference every other
 * page is compared with; `shell` is the storefront page that is little more than its layout
 * (header, footer, providers), so its gap to `bare` is what the layout costs every page.
 */
const PAGE_NAMES = ['bare', 'shell', 'home', 'category', 'search', 'product'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

/**
 * LIGHTHOUSE_PAGES=shell,product measures a subset, to iterate on one page quickly. The bare
 * page is always measured: without it in the same rounds there is nothing to compare with.
 */
export function selectedPages(env = process.env.LIGHTHOUSE_PAGES): PageName[] {
  if (!env) return [...PAGE_NAMES];
  const asked = env.split(',').map((name) => name.trim());
  const unknown = asked.filter((name) => !(PAGE_NAMES as readonly string[]).includes(name));
  if (unknown.length)
    throw new Error(`LIGHTHOUSE_PAGES: unknown ${unknown.join(', ')} (${PAGE_NAMES.join(', ')})`);
  return PAGE_NAMES.filter((name) => name === 'bare' || asked.includes(name));
}

/** The URL of each selected page; the category and product come from the catalog service. */
export async function pageUrls(names: PageName[]): Promise<Record<string, string>> {
  const [top] = await products('sort=popular&limit=1&locale=en-US&currency=USD');
  const categories = (await (await fetch(`${servicesUrl}/catalog/categories`)).json()) as {
    items: { slug: string; parentId: string | null }[];
  };
  const category = categories.items.find((c) => c.parentId !== null);
  if (!top || !category) throw new Error('the catalog service returned no product or category');
  const paths: Record<Exclude<PageName, 'bare'>, string> = {
    shell: '/en-US/offline',
    home: '/en-US',
    category: `/en-US/c/${category.slug}`,
    search: '/en-US/search?q=linen',
    // The best seller: the product page shoppers land on most.
    product: `/en-US/p/${top.slug}`,
  };
  return Object.fromEntries(
    names.map((name) => [name, name === 'bare' ? bareUrl : `${storefrontUrl}${paths[name]}`]),
  );
}
