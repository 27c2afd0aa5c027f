import { currencyFor, locales, type Locale } from '../../lib/i18n/markets';
import { servicesUrl } from './stack';
import { seededRandom } from './zipf';

/**
 * Search page paths made of the catalog's own words, in every locale: single words, pairs,
 * category and brand names; mostly lower case, some with a typo (a swapped or dropped letter),
 * some with a filter or a sort. Built from a seed, so runs before and after a change send the
 * same mix.
 */
interface Vocabulary {
  words: string[];
  categories: string[];
  brands: { value: string; label: string }[];
}

interface Listing {
  items: { name: string }[];
  nextCursor: string | null;
  facets: { brands: { value: string; label: string }[] };
}

const LOCALE_WEIGHTS: Record<Locale, number> = { 'en-US': 4, 'de-DE': 2, 'fr-FR': 2, 'ja-JP': 2 };
const PRICE_CAP: Record<Locale, number> = {
  'en-US': 100,
  'de-DE': 100,
  'fr-FR': 100,
  'ja-JP': 15000,
};
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;

async function json<T>(path: string): Promise<T> {
  const response = await fetch(`${servicesUrl}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Words of a product name; a Japanese name (no spaces) gives its three-character runs. */
function termsOf(name: string): string[] {
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap((part) => {
      const chars = Array.from(part);
      if (!CJK.test(part)) return [part];
      return chars.slice(0, -2).map((_, i) => chars.slice(i, i + 3).join(''));
    })
    .filter((word) => Array.from(word).length >= 3);
}

async function vocabulary(locale: Locale): Promise<Vocabulary> {
  const base = `locale=${locale}&currency=${currencyFor(locale)}&limit=100&sort=popular`;
  const names: string[] = [];
  let cursor: string | null = null;
  let brands: Vocabulary['brands'] = [];
  for (let page = 0; page < 3; page++) {
    const listing: Listing = await json(
      `/catalog/products?${base}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    names.push(...listing.items.map((item) => item.name));
    brands = listing.facets.brands;
    if (!(cursor = listing.nextCursor)) break;
  }
  const tree = await json<{ items: { name: string }[] }>(`/catalog/categories?locale=${locale}`);
  return {
    words: [...new Set(names.flatMap(termsOf))],
    categories: tree.items.map((category) => category.name),
    brands,
  };
}

function typo(text: string, random: () => number): string {
  const chars = Array.from(text);
  if (chars.length < 4 || CJK.test(text)) return text;
  const at = 1 + Math.floor(random() * (chars.length - 2));
  if (random() < 0.5) [chars[at - 1], chars[at]] = [chars[at]!, chars[at - 1]!];
  else chars.splice(at, 1);
  return chars.join('');
}

/** What a shopper types: a word (45%), two words (25%), a category (15%) or a brand (15%). */
function text({ words, categories, brands }: Vocabulary, kind: number, pick: <T>(list: T[]) => T) {
  if (kind < 0.45) return pick(words);
  if (kind < 0.7) return `${pick(words)} ${pick(words)}`;
  if (kind < 0.85) return pick(categories);
  return pick(brands).label;
}

/** One filter or sort: a sort (50%), in stock (20%), a brand (15%) or a price cap (15%). */
function refine(
  query: URLSearchParams,
  kind: number,
  brand: () => string,
  locale: Locale,
  pick: <T>(list: T[]) => T,
) {
  if (kind < 0.5) query.set('sort', pick(['price_asc', 'price_desc', 'newest']));
  else if (kind < 0.7) query.set('inStock', '1');
  else if (kind < 0.85) query.set('brand', brand());
  else query.set('priceMax', String(PRICE_CAP[locale]));
}

export async function searchMix(size: number, seed: number): Promise<string[]> {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const vocabularies = new Map<Locale, Vocabulary>();
  for (const locale of locales) vocabularies.set(locale, await vocabulary(locale));
  const weighted = locales.flatMap((locale) => Array<Locale>(LOCALE_WEIGHTS[locale]).fill(locale));

  const paths = new Set<string>();
  while (paths.size < size) {
    const locale = pick(weighted);
    const vocabulary = vocabularies.get(locale)!;
    let q = text(vocabulary, random(), pick);
    if (random() < 0.12) q = typo(q, random);
    // The catalog capitalizes names; most shoppers do not.
    if (random() < 0.7) q = q.toLowerCase();
    const query = new URLSearchParams({ q });
    if (random() < 0.2) refine(query, random(), () => pick(vocabulary.brands).value, locale, pick);
    paths.add(`/${locale}/search?${query}`);
  }
  return [...paths];
}
