import type { Locale } from '../catalog/locale';

/** The seam between the HTTP routes and the search engine: product indexes, best first. */
export interface ProductSearch {
  search(q: string, locale: Locale): Uint32Array;
  /** Up to three alternative queries that do have results; for empty result pages. */
  didYouMean(q: string, locale: Locale): string[];
}
