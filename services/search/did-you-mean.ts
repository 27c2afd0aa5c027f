import { editDistance } from './edit-distance';
import { isCjk, words } from './text';

const MAX_SUGGESTIONS = 3;

function allowedEdits(word: string): number {
  return word.length >= 6 ? 2 : 1;
}

/** Indexed words close to `word`, nearest first, then the most common. */
function corrections(word: string, frequency: Map<string, number>): string[] {
  const max = allowedEdits(word);
  const found: Array<{ word: string; distance: number; count: number }> = [];
  for (const [candidate, count] of frequency) {
    const distance = editDistance(word, candidate, max);
    if (distance <= max) found.push({ word: candidate, distance, count });
  }
  return found
    .sort((a, b) => a.distance - b.distance || b.count - a.count)
    .slice(0, MAX_SUGGESTIONS)
    .map((match) => match.word);
}

/**
 * Alternative queries for a query without results: each unknown word replaced
 * by a close indexed word (product-name words, brands, categories), or, when
 * that finds nothing (e.g. Japanese, which has no word boundaries), a category
 * or brand name close to the whole query. Only alternatives with results are kept.
 */
export function suggestCorrections(
  q: string,
  frequency: Map<string, number>,
  phrases: string[],
  hasResults: (query: string) => boolean,
): string[] {
  const queryWords = words(q).slice(0, 8);
  if (queryWords.length === 0) return [];
  const options = queryWords.map((word) => {
    const known =
      isCjk(word) || [...frequency.keys()].some((candidate) => candidate.startsWith(word));
    return known ? [word] : corrections(word, frequency);
  });

  const suggestions = new Set<string>();
  if (options.every((list) => list.length > 0)) {
    for (let choice = 0; choice < MAX_SUGGESTIONS; choice++) {
      suggestions.add(
        options.map((list) => list[Math.min(choice, list.length - 1)] ?? '').join(' '),
      );
    }
  }
  const whole = queryWords.join(' ');
  const max = Math.max(1, Math.floor(Array.from(whole).length / 3));
  const near = phrases
    .map((phrase) => ({ phrase, distance: editDistance(whole, words(phrase).join(' '), max) }))
    .filter((match) => match.distance <= max)
    .sort((a, b) => a.distance - b.distance);
  for (const match of near) suggestions.add(match.phrase);

  suggestions.delete(whole);
  return [...suggestions].filter((suggestion) => hasResults(suggestion)).slice(0, MAX_SUGGESTIONS);
}
