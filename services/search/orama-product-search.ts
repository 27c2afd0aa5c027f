import { LocaleIndex } from './locale-index';
import type { ProductSearch } from './product-search';
import { isCjk, queryTerms } from './text';
import { suggestCorrections } from './did-you-mean';
import type { Catalog } from '../catalog/catalog';
import type { Locale } from '../catalog/locale';
import type { ProductRecord } from '../catalog/records';
import { LruCache } from '../shared/lru';

/** Longer queries are cut here: later words rarely change the results and each costs an index lookup. */
const MAX_TERMS = 8;
/** Shorter words get no typo tolerance: one edit in "li" matches nearly everything. */
const TYPO_MIN_LENGTH = 4;
/** Relevance is bucketed into this many tiers; inside a tier best sellers come first. */
const RELEVANCE_TIERS = 10;

/**
 * Orama-backed search, one index per locale built on the first query in that
 * locale (about 3 s and 110 MB per locale at 100,000 products, so start-up and
 * unused locales cost nothing). Every query word must match (AND), as a word
 * prefix; a word of 4+ letters with no match at all is retried with one typo
 * (Orama tolerance 1, plus adjacent transpositions, which Levenshtein counts as 2).
 */
export class OramaProductSearch implements ProductSearch {
  private readonly indexes = new Map<Locale, LocaleIndex>();
  private readonly sortedWords = new Map<Locale, string[]>();
  private readonly termMatches = new LruCache<string, Map<number, number>>(512);
  private readonly results = new LruCache<string, Uint32Array>(64);
  /** Products edited while a locale's index was being built in the background, to redo after. */
  private readonly editedWhileWarming = new Map<Locale, Set<ProductRecord>>();

  constructor(private readonly catalog: Catalog) {
    catalog.onProductChanged((product) => {
      for (const index of this.indexes.values()) index.update(product);
      for (const edited of this.editedWhileWarming.values()) edited.add(product);
      this.sortedWords.clear();
      this.termMatches.clear();
      this.results.clear();
    });
  }

  /** Build times of the locale indexes built so far (for start-up logs and the bench). */
  buildTimes(): Partial<Record<Locale, number>> {
    return Object.fromEntries([...this.indexes].map(([locale, index]) => [locale, index.buildMs]));
  }

  index(locale: Locale): LocaleIndex {
    let index = this.indexes.get(locale);
    if (!index) {
      index = LocaleIndex.build(this.catalog, locale);
      this.indexes.set(locale, index);
    }
    return index;
  }

  /**
   * Builds a locale's index in the background (start-up), a slice at a time, so the requests
   * meanwhile are answered; a search that arrives first builds it at once and this one is dropped.
   */
  async warm(locale: Locale): Promise<void> {
    if (this.indexes.has(locale) || this.editedWhileWarming.has(locale)) return;
    const edited = new Set<ProductRecord>();
    this.editedWhileWarming.set(locale, edited);
    try {
      const index = await LocaleIndex.buildYielding(this.catalog, locale);
      if (this.indexes.has(locale)) return;
      for (const product of edited) index.update(product);
      this.indexes.set(locale, index);
    } finally {
      this.editedWhileWarming.delete(locale);
    }
  }

  search(q: string, locale: Locale): Uint32Array {
    const terms = queryTerms(q).slice(0, MAX_TERMS);
    if (terms.length === 0) return new Uint32Array(0);
    const key = `${locale}|${terms.join(' ')}`;
    const cached = this.results.get(key);
    if (cached) return cached;

    const matches = terms
      .map((term) => this.matchTerm(term, locale))
      .sort((a, b) => a.size - b.size);
    const [smallest, ...others] = matches;
    const scored: Array<{ index: number; score: number; rank: number }> = [];
    let best = 0;
    for (const [index, score] of smallest ?? []) {
      let total = score;
      for (const other of others) {
        const next = other.get(index);
        if (next === undefined) {
          total = -1;
          break;
        }
        total += next;
      }
      if (total < 0) continue;
      best = Math.max(best, total);
      scored.push({ index, score: total, rank: this.catalog.products[index]?.rank ?? 0 });
    }
    const tier = (score: number) => Math.round((score / (best || 1)) * RELEVANCE_TIERS);
    scored.sort((a, b) => tier(b.score) - tier(a.score) || a.rank - b.rank);
    const ranked = Uint32Array.from(scored, (match) => match.index);
    this.results.set(key, ranked);
    return ranked;
  }

  didYouMean(q: string, locale: Locale): string[] {
    const phrases = [
      ...this.catalog.categories.map((category) => category.name[locale]),
      ...this.catalog.brands.map((brand) => brand.name),
    ];
    return suggestCorrections(
      q,
      this.index(locale).wordFrequency,
      phrases,
      (candidate) => this.search(candidate, locale).length > 0,
    );
  }

  private matchTerm(term: string, locale: Locale): Map<number, number> {
    const key = `${locale}|${term}`;
    const cached = this.termMatches.get(key);
    if (cached) return cached;
    const index = this.index(locale);
    let matches = index.match(term, 0);
    if (matches.size === 0 && !isCjk(term) && term.length >= TYPO_MIN_LENGTH) {
      matches = index.match(term, 1);
      for (const variant of this.transpositions(term, locale)) {
        for (const [product, score] of index.match(variant, 0))
          matches.set(product, Math.max(score, matches.get(product) ?? 0));
      }
    }
    this.termMatches.set(key, matches);
    return matches;
  }

  /** Adjacent-letter swaps of `term` that start some indexed word ("shrit" → "shirt"). */
  private transpositions(term: string, locale: Locale): string[] {
    let sorted = this.sortedWords.get(locale);
    if (!sorted) {
      sorted = [...this.index(locale).wordFrequency.keys()].sort();
      this.sortedWords.set(locale, sorted);
    }
    const variants: string[] = [];
    for (let i = 0; i < term.length - 1; i++) {
      const variant = `${term.slice(0, i)}${term[i + 1]}${term[i]}${term.slice(i + 2)}`;
      if (variant !== term && startsSomeWord(sorted, variant)) variants.push(variant);
    }
    return variants;
  }
}

function startsSomeWord(sorted: string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return (sorted[low] ?? '').startsWith(prefix);
}
