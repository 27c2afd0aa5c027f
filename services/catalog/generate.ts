import { COLORS } from './data/colors';
import { ADJECTIVES, BRAND_NAMES, FITS, MATERIALS, ORIGINS } from './data/words';
import { buildCategories } from './category-tree';
import { priceListFromUsd, type PriceList } from './money';
import type { CategoryRecord, ProductRecord, SeedCatalog } from './records';
import { createRandom, type SeededRandom } from '../shared/seeded-random';
import { slugify } from '../shared/slugify';

/** Creation dates are spread over the two years before this fixed instant, so output never depends on the clock. */
const CATALOG_EPOCH = Date.parse('2026-01-01T00:00:00Z');
const TWO_YEARS_MS = 730 * 24 * 3600 * 1000;

function productIdFor(index: number): string {
  return `p${String(index + 1).padStart(6, '0')}`;
}

/** Same seed + size always yields the same catalog (a single seeded PRNG stream, consumed in order). */
export function generateCatalog(seed: number, size: number): SeedCatalog {
  const random = createRandom(seed);
  const categories = buildCategories();
  const leaves = categories.filter((category) => category.leaf !== null);
  const brands = BRAND_NAMES.map((name, i) => ({
    id: `b${String(i + 1).padStart(3, '0')}`,
    name,
    slug: slugify(name),
  }));

  const popularity = new Float64Array(size);
  const products: ProductRecord[] = [];
  for (let index = 0; index < size; index++) {
    const leaf = random.pick(leaves);
    products.push(generateProduct(index, leaf, random, brands.length));
    popularity[index] = random.next();
  }

  assignRanks(products, popularity);
  for (const product of products) {
    const leaf = categories[product.categoryIndex];
    const root = leaf?.parentId
      ? categories.find((category) => category.id === leaf.parentId)
      : undefined;
    leaf?.productIndexes.push(product.index);
    root?.productIndexes.push(product.index);
  }
  return { seed, categories, brands, products };
}

function generateProduct(
  index: number,
  leaf: CategoryRecord,
  random: SeededRandom,
  brandCount: number,
): ProductRecord {
  const definition = leaf.leaf;
  if (!definition) throw new Error(`Category ${leaf.id} is not a leaf`);
  const id = productIdFor(index);
  const adjectiveIndex = random.int(0, ADJECTIVES.length - 1);
  const materials = MATERIALS[definition.materials];
  const materialIndex = random.int(0, materials.length - 1);
  const englishName = `${ADJECTIVES[adjectiveIndex]?.['en-US']} ${materials[materialIndex]?.['en-US']} ${definition.noun['en-US']}`;

  const [minDollars, maxDollars] = definition.priceRange;
  const usd = random.int(minDollars, maxDollars) * 100 + (random.chance(0.8) ? -1 : 0);
  const prices = priceListFromUsd(usd);
  const onSale = random.chance(0.15);
  // Drawn in the order the seed has always been consumed in, so every product stays the same.
  const brandIndex = random.int(0, brandCount - 1);
  const originIndex = random.int(0, ORIGINS.length - 1);
  const fitIndex = random.int(0, FITS.length - 1);
  const colorIndexes = pickDistinct(random, COLORS.length, random.int(2, 4));
  const compareAtPrices = onSale ? compareAtFor(prices, random.pick([0.2, 0.25, 0.3, 0.4])) : null;
  // Products once drew their stars here; the reviews service counts real ones now. The draw
  // stays so later products (names, prices, dates) are the ones the seed always gave.
  random.next();
  const createdAt = Math.floor((CATALOG_EPOCH - random.next() * TWO_YEARS_MS) / 1000) * 1000;

  return {
    index,
    id,
    slug: `${slugify(englishName)}-${id}`,
    categoryIndex: leaf.index,
    brandIndex,
    adjectiveIndex,
    materialIndex,
    originIndex,
    fitIndex,
    colorIndexes,
    prices,
    compareAtPrices,
    createdAt,
    rank: 0,
  };
}

function compareAtFor(prices: PriceList, discount: number): PriceList {
  return priceListFromUsd(Math.round(prices.USD / (1 - discount) / 100) * 100 - 1);
}

function pickDistinct(random: SeededRandom, poolSize: number, count: number): number[] {
  const picked: number[] = [];
  while (picked.length < count) {
    const candidate = random.int(0, poolSize - 1);
    if (!picked.includes(candidate)) picked.push(candidate);
  }
  return picked;
}

/** Rank 1 = most popular (seeded reviews follow it too, services/reviews/seed). */
function assignRanks(products: ProductRecord[], popularity: Float64Array): void {
  const order = products.map((product) => product.index);
  order.sort((a, b) => (popularity[b] ?? 0) - (popularity[a] ?? 0) || a - b);
  order.forEach((productIndex, position) => {
    const product = products[productIndex];
    if (!product) return;
    product.rank = position + 1;
  });
}
