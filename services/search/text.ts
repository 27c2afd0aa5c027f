/**
 * Text normalization shared by indexing and querying. Latin text is folded
 * (NFKC, lower case, no diacritics) and split into words. Japanese has no
 * spaces, so CJK runs become overlapping character bigrams: a query's bigrams
 * all matching means the query occurs as a substring, which is what shoppers
 * expect from "リネン" or "シャツ".
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]+/gu;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]/u;
const NON_WORD = /[^\p{L}\p{N}]+/u;

export function isCjk(token: string): boolean {
  return CJK_CHAR.test(token);
}

function fold(word: string): string {
  // NFD would also split kana voicing marks (ド → ト + ゛), so only Latin-like words lose their marks.
  return isCjk(word)
    ? word
    : word
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .normalize('NFC');
}

/** Lower-cased, folded words; a CJK run stays one word here. */
export function words(text: string): string[] {
  const spaced = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(CJK_RUN, (run) => ` ${run} `);
  return spaced.split(NON_WORD).filter(Boolean).map(fold);
}

/** Bigrams of a CJK run, plus its last character so single-character queries can prefix-match. */
function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) grams.push(`${chars[i]}${chars[i + 1]}`);
  grams.push(chars[chars.length - 1] ?? '');
  return grams;
}

/** Index terms of a text: Latin words as they are, CJK runs as bigrams. */
export function indexTerms(text: string): string[] {
  return [...new Set(words(text).flatMap((word) => (isCjk(word) ? bigrams(word) : [word])))];
}

/**
 * Query terms. A CJK run of n > 2 characters needs only its bigrams, and the
 * trailing single character is dropped because the bigram before it covers it.
 */
export function queryTerms(text: string): string[] {
  return [
    ...new Set(
      words(text).flatMap((word) => {
        if (!isCjk(word)) return [word];
        const grams = bigrams(word);
        return grams.length > 1 ? grams.slice(0, -1) : grams;
      }),
    ),
  ];
}
