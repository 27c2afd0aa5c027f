import type { Catalog } from '../catalog/catalog';
import type { Locale } from '../catalog/locale';
import type { ProductRecord } from '../catalog/records';
import { LruCache } from '../shared/lru';

/** The seam a real search engine will replace: returns product indexes, best first. */
export interface ProductSearch {
  search(q: string, locale: Locale): Uint32Array;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function normalize(text: string): string {
  return ` ${text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * Linear token/prefix scan over localized name, brand and category names.
 * Latin tokens match word prefixes; CJK has no spaces, so it matches substrings.
 * Ranked by the number of matched tokens, then best-seller rank.
 */
export class TokenProductSearch implements ProductSearch {
  private readonly haystacks = new Map<Locale, string[]>();
  private readonly results = new LruCache<string, Uint32Array>(32);

  constructor(private readonly catalog: Catalog) {
    catalog.onProductChanged((product) => {
      for (const [locale, haystack] of this.haystacks) haystack[product.index] = this.haystackOf(product, locale);
      this.results.clear();
    });
  }

  search(q: string, locale: Locale): Uint32Array {
    const tokens = normalize(q).trim().split(' ').filter(Boolean);
    const key = `${locale}|${tokens.join(' ')}`;
    const cached = this.results.get(key);
    if (cached) return cached;

    const needles = tokens.map((token) => (CJK.test(token) ? token : ` ${token}`));
    const haystack = this.haystackFor(locale);
    const matches: Array<{ index: number; score: number; rank: number }> = [];
    for (const [index, text] of haystack.entries()) {
      let score = 0;
      for (const needle of needles) if (text.includes(needle)) score++;
      if (score > 0) matches.push({ index, score, rank: this.catalog.products[index]?.rank ?? 0 });
    }
    matches.sort((a, b) => b.score - a.score || a.rank - b.rank);
    const ranked = Uint32Array.from(matches, (match) => match.index);
    this.results.set(key, ranked);
    return ranked;
  }

  private haystackFor(locale: Locale): string[] {
    let haystack = this.haystacks.get(locale);
    if (!haystack) {
      haystack = this.catalog.products.map((product) => this.haystackOf(product, locale));
      this.haystacks.set(locale, haystack);
    }
    return haystack;
  }

  private haystackOf(product: ProductRecord, locale: Locale): string {
    const { brand, category } = this.catalog.context(product);
    const parent = category.parentId ? this.catalog.category(category.parentId) : undefined;
    return normalize(`${this.catalog.name(product, locale)} ${brand.name} ${category.name[locale]} ${parent?.name[locale] ?? ''}`);
  }
}
