/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition,
 * so "shrit" is one edit from "shirt"), giving up once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let beforePrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] ?? max + 1;
}

/** Distance from `query` to the closest prefix of `word` (for typo-tolerant autocomplete). */
export function prefixEditDistance(query: string, word: string, max: number): number {
  let best = max + 1;
  const from = Math.max(1, query.length - max);
  const to = Math.min(word.length, query.length + max);
  for (let length = from; length <= to; length++)
    best = Math.min(best, editDistance(query, word.slice(0, length), max));
  return best;
}
