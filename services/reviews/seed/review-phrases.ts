import type { Locale } from '../../catalog/locale';
import { DE_PHRASES } from './phrases-de';
import { EN_PHRASES } from './phrases-en';
import { FR_PHRASES } from './phrases-fr';
import { JA_PHRASES } from './phrases-ja';

/** How a review feels: 4–5 stars glad, 3 mixed, 1–2 let down. */
export type Tone = 'glad' | 'mixed' | 'letDown';

type Pool = Record<Tone, readonly string[]>;

/** Fragments of one kind of review: a title, then an opening, details and a closing sentence. */
interface Fragments {
  titles: Pool;
  openings: Pool;
  details: Pool;
  closings: Pool;
}

/**
 * Fragments a seeded review is put together from, per tone. `any` fits every product (a bag, a
 * hat, a coat); `sized` only products bought in a size, which it adds to. `{color}` and
 * `{material}` are filled with the product's own words in the review's language; sentences
 * avoid the product noun, so German and French need no article to agree with it.
 */
export interface PhraseBank {
  any: Fragments;
  sized: Fragments;
  /** Given names; a review is signed with one and an initial (Japanese: a family name). */
  names: readonly string[];
  sign: (name: string, initial: string) => string;
}

export const PHRASES: Record<Locale, PhraseBank> = {
  'en-US': EN_PHRASES,
  'de-DE': DE_PHRASES,
  'fr-FR': FR_PHRASES,
  'ja-JP': JA_PHRASES,
};
