import { searchWordsText } from '../text/normalize';

// Persian writers join or split compound names freely: «علی‌پور», «علی پور» and «علیپور»
// are one name, and so are «محمدرضا» and «محمد رضا». Besides its words, a name is
// therefore indexed under the compact (space-less) form of every word-suffix:
// «محمد علی پور» gives محمد, علی, پور, محمدعلیپور, علیپور. A query then matches either
// word by word, or as one compact string against those forms.
//
// A name is kept as its "words key" (normalized words joined by one space); its terms
// are derived from that key when needed rather than stored with every name.

/** Compact suffixes per name; past this, long company names only cost memory. */
const MAX_COMPACT_SUFFIXES = 6;

/** The normalized words of `text` joined by one space; '' if it has none. */
export function wordsKey(text: string): string {
  return searchWordsText(text);
}

/** The distinct words of a words key, then the compact forms of its word-suffixes. */
export function termsOfKey(key: string): string[] {
  const words = key.split(' ');
  const terms = new Set(words);
  const suffixes = Math.min(words.length - 1, MAX_COMPACT_SUFFIXES);
  for (let i = 0; i < suffixes; i++) terms.add(words.slice(i).join(''));
  return [...terms];
}

/** The distinct words of a words key. */
export function wordsOfKey(key: string): string[] {
  return [...new Set(key.split(' '))];
}

/** The whole name without spaces: equal to nameKey() of the original text. */
export function compactOfKey(key: string): string {
  return key.replaceAll(' ', '');
}

const SPACE_CODE = 0x20;

/** How a query word meets a name: see matchKey(). */
export const NO_MATCH = -1;
export const PREFIX_MATCH = 1;
export const EXACT_MATCH = 2;
export const WHOLE_MATCH = 3;

/**
 * How `word` (no spaces) meets the name with words key `key`, the way the index terms
 * would, without building them: WHOLE_MATCH if it is the whole name with the spaces
 * removed; EXACT_MATCH if it equals a word or the compact form of a run of words up to
 * the end; PREFIX_MATCH if it begins such a form; else NO_MATCH. Allocation-free: it
 * runs once per candidate record and word.
 */
export function matchKey(key: string, word: string): number {
  let best = NO_MATCH;
  let start = 0;
  while (start >= 0) {
    // Walk `key` from this word start alongside `word`, skipping the spaces in `key`.
    let k = start;
    let w = 0;
    let crossedWords = false;
    while (w < word.length && k < key.length) {
      const code = key.charCodeAt(k);
      if (code === SPACE_CODE) {
        crossedWords = true;
      } else if (code === word.charCodeAt(w)) {
        w++;
      } else {
        break;
      }
      k++;
    }
    if (w === word.length) {
      if (k === key.length) {
        if (start === 0) return WHOLE_MATCH;
        return EXACT_MATCH;
      }
      const endsAWord = key.charCodeAt(k) === SPACE_CODE && !crossedWords;
      best = Math.max(best, endsAWord ? EXACT_MATCH : PREFIX_MATCH);
    }
    const space = key.indexOf(' ', start);
    start = space < 0 ? -1 : space + 1;
  }
  return best;
}
