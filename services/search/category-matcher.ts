import { prefixEditDistance } from './edit-distance';
import { isCjk, words } from './text';
import type { Locale } from '../catalog/locale';
import type { CategoryRecord } from '../catalog/records';

/**
 * Categories whose localized name matches every query word as a word prefix
 * (one typo allowed for words of 4+ letters; CJK words as substrings).
 * Exact matches first, then tree order. A linear scan: there are a few dozen categories.
 */
export function matchCategories(
  q: string,
  categories: readonly CategoryRecord[],
  locale: Locale,
  limit: number,
): CategoryRecord[] {
  const queryWords = words(q);
  if (queryWords.length === 0) return [];
  const matches: Array<{ category: CategoryRecord; typos: number }> = [];
  for (const category of categories) {
    const nameWords = words(category.name[locale]);
    const joined = nameWords.join('');
    let typos = 0;
    for (const word of queryWords) {
      if (isCjk(word) ? joined.includes(word) : nameWords.some((name) => name.startsWith(word)))
        continue;
      if (
        !isCjk(word) &&
        word.length >= 4 &&
        nameWords.some((name) => prefixEditDistance(word, name, 1) <= 1)
      ) {
        typos++;
        continue;
      }
      typos = -1;
      break;
    }
    if (typos >= 0) matches.push({ category, typos });
  }
  return matches
    .sort((a, b) => a.typos - b.typos || a.category.index - b.category.index)
    .slice(0, limit)
    .map((match) => match.category);
}
