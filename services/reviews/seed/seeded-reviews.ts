import type { Catalog } from '../../catalog/catalog';
import { COLORS } from '../../catalog/data/colors';
import { MATERIALS } from '../../catalog/data/words';
import type { Locale } from '../../catalog/locale';
import type { ProductRecord } from '../../catalog/records';
import { createRandom, hashString, type SeededRandom } from '../../shared/seeded-random';
import { PHRASES, type Tone } from './review-phrases';

export interface SeededReview {
  id: string;
  productId: string;
  locale: Locale;
  rating: 1 | 2 | 3 | 4 | 5;
  title: string;
  body: string;
  authorName: string;
  createdAt: string;
  helpfulCount: number;
}

type Stars = SeededReview['rating'];

/** Languages reviews are written in, by share: most shoppers of the reference shop read English. */
const LANGUAGES: ReadonlyArray<[Locale, number]> = [
  ['en-US', 45],
  ['de-DE', 20],
  ['fr-FR', 18],
  ['ja-JP', 17],
];

/** Shares of 1★ to 5★: J-shaped like real shops; one product in eight is a disappointing one. */
const USUAL: readonly number[] = [9, 5, 9, 22, 55];
const DISAPPOINTING: readonly number[] = [24, 14, 20, 22, 20];

const LATEST = Date.parse('2026-11-30T00:00:00Z');
const INITIALS = 'ABCDEFGHJKLMNPRSTVW';

function weighted<T>(random: SeededRandom, entries: ReadonlyArray<[T, number]>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

/**
 * How many reviews a product has: popular ones (low `rank`) dozens, the long tail a few, and
 * past the most popular 40% more than half have none at all.
 */
function reviewCount(random: SeededRandom, rank: number, catalogSize: number): number {
  const position = (rank - 1) / Math.max(1, catalogSize - 1);
  if (position > 0.4 && random.chance(0.55)) return 0;
  const expected = 40 * (1 - position) ** 3 + 1;
  return Math.round(expected * (0.6 + random.next() * 0.8));
}

const toneOf = (stars: Stars): Tone => (stars >= 4 ? 'glad' : stars === 3 ? 'mixed' : 'letDown');

/**
 * The reviews the reference catalog comes with, generated from the product (its id and seeded
 * creation time), so the same catalog always has the same reviews and none are stored. Each is
 * written in one language, put together from fragments that match its stars and name the
 * product's own colour and material.
 */
export function seededReviews(catalog: Catalog, product: ProductRecord): SeededReview[] {
  const random = createRandom(hashString(`reviews:${product.id}:${product.createdAt}`));
  const count = reviewCount(random, product.rank, catalog.products.length);
  const shares = random.chance(0.125) ? DISAPPOINTING : USUAL;
  const starWeights = shares.map((share, index): [Stars, number] => [(index + 1) as Stars, share]);
  const { category } = catalog.context(product);
  const materials = category.leaf ? MATERIALS[category.leaf.materials] : [];
  // Size, washing and fit are said of clothes only: a bag's review never mentions sleeves.
  const clothing = category.sizes === 'apparel' || category.sizes === 'kids';
  const span = Math.max(1, LATEST - product.createdAt);

  return Array.from({ length: count }, (_, n) => {
    const locale = weighted(random, LANGUAGES);
    const rating = weighted(random, starWeights);
    const tone = toneOf(rating);
    const { any, sized } = PHRASES[locale];
    const pool = (kind: keyof typeof any) =>
      clothing ? [...any[kind][tone], ...sized[kind][tone]] : any[kind][tone];
    const colorIndex = product.colorIndexes[random.int(0, product.colorIndexes.length - 1)];
    const fill = (text: string) =>
      text
        .replace('{color}', COLORS[colorIndex ?? 0]?.label[locale] ?? '')
        .replace('{material}', materials[product.materialIndex]?.[locale] ?? '');
    const details = [random.pick(pool('details')), random.pick(pool('details'))];
    const sentences = [
      random.pick(pool('openings')),
      ...new Set(random.chance(0.6) ? details : details.slice(0, 1)),
      ...(random.chance(0.7) ? [random.pick(pool('closings'))] : []),
    ];
    return {
      id: `rv-s-${product.id}-${n}`,
      productId: product.id,
      locale,
      rating,
      title: random.pick(pool('titles')),
      body: sentences.map(fill).join(locale === 'ja-JP' ? '' : ' '),
      authorName: PHRASES[locale].sign(
        random.pick(PHRASES[locale].names),
        random.pick([...INITIALS]),
      ),
      createdAt: new Date(product.createdAt + Math.floor(random.next() * span)).toISOString(),
      helpfulCount: Math.floor(random.next() ** 4 * 60),
    };
  });
}
