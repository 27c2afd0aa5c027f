import {
  create,
  insertMultiple,
  remove,
  insert,
  search,
  type Orama,
  type Tokenizer,
} from '@orama/orama';
import { indexTerms, words } from './text';
import { COLORS } from '../catalog/data/colors';
import type { Catalog } from '../catalog/catalog';
import type { Locale } from '../catalog/locale';
import type { ProductRecord } from '../catalog/records';

/** Two fields keep Orama's per-property work down: the name, and everything else a shopper might type. */
const schema = { name: 'string', tags: 'string' } as const;
type SearchDb = Orama<typeof schema>;

/** A word in the name outweighs the same word in brand, category or colour. */
const BOOST = { name: 3, tags: 1 };
const PROPERTIES: Array<keyof typeof schema> = ['name', 'tags'];
/** Products indexed per step of a build: tens of milliseconds each at most. */
const SLICE = 500;

/**
 * Orama calls the tokenizer with a property name while indexing and without
 * one for the search term. Terms reaching search are already normalized by
 * `queryTerms`, one at a time, so query mode must not split them again
 * (re-splitting a CJK bigram would add its single characters).
 */
function createTokenizer(): Tokenizer {
  return {
    language: 'english',
    normalizationCache: new Map(),
    tokenize: (raw: string, _language?: string, prop?: string) =>
      prop === undefined ? [raw] : indexTerms(raw),
  };
}

/** One Orama database for one locale, plus the word frequencies "did you mean" draws on. */
export class LocaleIndex {
  /** Latin words with the number of products containing them. */
  readonly wordFrequency = new Map<string, number>();

  private constructor(
    private readonly db: SearchDb,
    private readonly catalog: Catalog,
    private readonly locale: Locale,
    readonly buildMs: number,
  ) {}

  /** Builds the whole index in one go (a search in a locale not indexed yet waits for it). */
  static build(catalog: Catalog, locale: Locale): LocaleIndex {
    const slices = LocaleIndex.slices(catalog, locale);
    let step = slices.next();
    while (!step.done) step = slices.next();
    return step.value;
  }

  /**
   * The same build, handing the event loop back between slices: a whole locale holds it for a
   * second or more (Japanese bigrams most), and requests arriving meanwhile must not wait that
   * long, least of all right after a restart.
   */
  static async buildYielding(catalog: Catalog, locale: Locale): Promise<LocaleIndex> {
    const slices = LocaleIndex.slices(catalog, locale);
    let step = slices.next();
    while (!step.done) {
      await new Promise((resolve) => setImmediate(resolve));
      step = slices.next();
    }
    return step.value;
  }

  /** Indexes SLICE products per step; `buildMs` counts the steps' own time, not the pauses. */
  private static *slices(catalog: Catalog, locale: Locale): Generator<void, LocaleIndex> {
    const db = create({
      schema,
      components: { tokenizer: createTokenizer() },
      sort: { enabled: false },
    });
    const index = new LocaleIndex(db, catalog, locale, 0);
    let busyMs = 0;
    for (let start = 0; start < catalog.products.length; start += SLICE) {
      const startedAt = performance.now();
      const documents = catalog.products
        .slice(start, start + SLICE)
        .map((product) => index.documentOf(product));
      const inserted = insertMultiple(db, documents, SLICE);
      if (inserted instanceof Promise) throw new Error('Orama insert unexpectedly went async');
      for (const document of documents) index.countWords(document);
      busyMs += performance.now() - startedAt;
      yield;
    }
    return Object.assign(index, { buildMs: Math.round(busyMs) });
  }

  /** Product index → relevance score for one normalized term (prefix match; `tolerance` edits allowed). */
  match(term: string, tolerance: 0 | 1): Map<number, number> {
    const results = search(this.db, {
      term,
      properties: PROPERTIES,
      boost: BOOST,
      tolerance,
      limit: this.catalog.products.length,
    });
    if (results instanceof Promise) throw new Error('Orama search unexpectedly went async');
    const scores = new Map<number, number>();
    for (const hit of results.hits) scores.set(Number(hit.id), hit.score);
    return scores;
  }

  /** Re-indexes a product after an admin edit (its name may have changed). */
  update(product: ProductRecord): void {
    const id = String(product.index);
    const removed = remove(this.db, id);
    const inserted = insert(this.db, this.documentOf(product));
    if (removed instanceof Promise || inserted instanceof Promise)
      throw new Error('Orama update unexpectedly went async');
    this.countWords(this.documentOf(product));
  }

  private documentOf(product: ProductRecord) {
    const { brand, category } = this.catalog.context(product);
    const parent = category.parentId ? this.catalog.category(category.parentId) : undefined;
    const colors = product.colorIndexes.map((index) => COLORS[index]?.label[this.locale] ?? '');
    return {
      id: String(product.index),
      name: this.catalog.name(product, this.locale),
      tags: [
        brand.name,
        category.name[this.locale],
        parent?.name[this.locale] ?? '',
        ...colors,
      ].join(' '),
    };
  }

  private countWords(document: { name: string; tags: string }): void {
    const seen = new Set(words(`${document.name} ${document.tags}`));
    for (const word of seen) this.wordFrequency.set(word, (this.wordFrequency.get(word) ?? 0) + 1);
  }
}
